package no.samskap.platform.json;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;

import java.io.IOException;

/**
 * Reads a value only from the JSON type that is its own, where Micronaut Serde on its own converts between them
 * ({@code "true"} to true, {@code 12345} to {@code "12345"}); anything else is refused with a message that says what
 * the value must be, and {@code ProblemResponseProcessor} names the field.
 */
abstract class OnlyItsOwnJsonType<T> implements Deserializer<T> {

    private final Class<T> type;
    private final String mustBe;

    OnlyItsOwnJsonType(Class<T> type, String mustBe) {
        this.type = type;
        this.mustBe = mustBe;
    }

    @Override
    public T deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context, @NonNull Argument<? super T> argument)
        throws IOException {
        var value = decoder.decodeArbitrary();
        if (type.isInstance(value)) {
            return accepted(type.cast(value));
        }
        throw new RefusedJsonValue(mustBe, value);
    }

    /** A value of the right JSON type may still be one the platform cannot keep; refuse it here by throwing. */
    T accepted(T value) throws RefusedJsonValue {
        return value;
    }

    @Override
    public @Nullable T deserializeNullable(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                           @NonNull Argument<? super T> argument) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, argument);
    }
}
