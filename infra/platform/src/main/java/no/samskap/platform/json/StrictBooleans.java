package no.samskap.platform.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads a boolean only from JSON {@code true} or {@code false}. Micronaut Serde on its own reads {@code "yes"} as
 * false, {@code "true"}, {@code 1} and {@code [true]} as true, so a client's mistake would quietly become a decision.
 * As the one {@code Boolean} deserializer of every service, it holds for every body field without a check per field;
 * the refusal names its field through {@code ProblemResponseProcessor}.
 */
@Singleton
@Primary
public final class StrictBooleans implements Deserializer<Boolean> {

    public static final String MESSAGE = "must be true or false";

    @Override
    public Boolean deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                               @NonNull Argument<? super Boolean> type) throws IOException {
        var value = decoder.decodeArbitrary();
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new InvalidFormatException(MESSAGE, null, value);
    }

    @Override
    public @Nullable Boolean deserializeNullable(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                                 @NonNull Argument<? super Boolean> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    @Override
    public @Nullable Boolean getDefaultValue(@NonNull DecoderContext context, @NonNull Argument<? super Boolean> type) {
        return type.isPrimitive() ? Boolean.FALSE : null;
    }
}
