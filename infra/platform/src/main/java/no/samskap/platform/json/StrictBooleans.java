package no.samskap.platform.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

/**
 * Reads a boolean only from JSON {@code true} or {@code false}. Micronaut Serde on its own reads {@code "yes"} as
 * false, {@code "true"}, {@code 1} and {@code [true]} as true, so a client's mistake would quietly become a decision.
 * As the one {@code Boolean} deserializer of every service, it holds for every body field without a check per field.
 */
@Singleton
@Primary
public final class StrictBooleans extends OnlyItsOwnJsonType<Boolean> {

    public static final String MESSAGE = "must be true or false";

    public StrictBooleans() {
        super(Boolean.class, MESSAGE);
    }

    @Override
    public @Nullable Boolean getDefaultValue(@NonNull DecoderContext context, @NonNull Argument<? super Boolean> type) {
        return type.isPrimitive() ? Boolean.FALSE : null;
    }
}
