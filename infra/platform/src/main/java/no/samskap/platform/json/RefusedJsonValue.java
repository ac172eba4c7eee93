package no.samskap.platform.json;

import io.micronaut.serde.exceptions.InvalidFormatException;

/**
 * A body value the platform's strict readers refuse. Its message is what the client must change ({@code must be a
 * string}, {@code must not contain a NUL character}); the problem names the field beside it.
 */
public final class RefusedJsonValue extends InvalidFormatException {

    RefusedJsonValue(String message, Object value) {
        super(message, null, value);
    }
}
