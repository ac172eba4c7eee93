package no.samskap.platform.json;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

/**
 * Reads a string only from a JSON string. Micronaut Serde on its own reads {@code 12345} as {@code "12345"} and
 * {@code true} as {@code "true"}, so a number sent where text belongs (a title, a reason, a place) would be stored
 * as if the client had meant the text. A string holding a NUL character ({@code \u0000}), which PostgreSQL cannot
 * store in text, or half of a surrogate pair ({@code \ud800}), which it would store as {@code ?}, is refused too.
 * As the one {@code String} deserializer of every service it holds for every body property; Serde reads the
 * elements of a {@code List<String>} without it.
 */
@Singleton
@Primary
public final class StrictStrings extends OnlyItsOwnJsonType<String> {

    public static final String MESSAGE = "must be a string";
    public static final String NUL = "must not contain a NUL character (\\u0000)";
    public static final String LONE_SURROGATE = "must not contain half of a surrogate pair: it is not valid Unicode";

    public StrictStrings() {
        super(String.class, MESSAGE);
    }

    @Override
    String accepted(String value) throws RefusedJsonValue {
        var problem = TextsThatCannotBeKept.problemWith(value);
        if (problem.isPresent()) {
            throw new RefusedJsonValue(problem.get(), value);
        }
        return value;
    }
}
