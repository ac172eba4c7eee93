package no.samskap.platform.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

/**
 * Reads a string only from a JSON string. Micronaut Serde on its own reads {@code 12345} as {@code "12345"} and
 * {@code true} as {@code "true"}, so a number sent where text belongs (a title, a reason, a place) would be stored
 * as if the client had meant the text. As the one {@code String} deserializer of every service it holds for every
 * body property; Serde reads the elements of a {@code List<String>} without it.
 */
@Singleton
@Primary
public final class StrictStrings extends OnlyItsOwnJsonType<String> {

    public static final String MESSAGE = "must be a string";

    public StrictStrings() {
        super(String.class, MESSAGE);
    }
}
