package no.samskap.platform.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a date only as {@code YYYY-MM-DD} with a four-digit year. Micronaut Serde on its own takes
 * {@code +10000-01-01} and {@code +999999999-12-31}, which no municipality means, PostgreSQL cannot store and a reader
 * of the message cannot write back as an ISO date: the write failed with a server error, or was kept and never
 * reached the gateway's read models. A service bounds its own dates further (a response date at most some years
 * ahead); this holds for every date in every body, and page forms check their date fields with
 * {@link #problemWith}.
 */
@Singleton
@Primary
public final class StrictDates implements Deserializer<LocalDate> {

    public static final String MESSAGE = "must be a date written as YYYY-MM-DD, with a year from 1000 to 9999";
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");

    @Override
    public LocalDate deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                 @NonNull Argument<? super LocalDate> type) throws IOException {
        var value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            return read(text).orElseThrow(() -> new RefusedJsonValue(MESSAGE, value));
        }
        throw new RefusedJsonValue(MESSAGE, value);
    }

    @Override
    public LocalDate deserializeNullable(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                         @NonNull Argument<? super LocalDate> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    /** What is wrong with a date as a form field holds it, or empty when it is one the platform takes. */
    public static Optional<String> problemWith(String text) {
        return read(text).isPresent() ? Optional.empty() : Optional.of(MESSAGE);
    }

    /** The day a text such as {@code 2027-04-01} names, if it is one the platform takes. */
    public static Optional<LocalDate> read(String text) {
        if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
