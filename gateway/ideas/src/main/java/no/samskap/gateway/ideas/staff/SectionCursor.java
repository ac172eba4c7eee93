package no.samskap.gateway.ideas.staff;

import no.samskap.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a page of an inbox section ended, as an opaque string: the section, and the last item's keys in the section's
 * order. Naming the section lets the inbox refuse a cursor of another section; each key is read back as its type, so
 * nothing but a well-formed value reaches the statement.
 */
record SectionCursor(String section, List<String> keys) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** The type of one sort key: how it is written into a cursor and cast when bound. */
    enum KeyType {
        TIME("timestamptz"), DATE("date"), NUMBER("integer"), ID("uuid");

        final String sqlType;

        KeyType(String sqlType) {
            this.sqlType = sqlType;
        }

        String checked(String text) {
            return switch (this) {
                case TIME -> checkedInstant(text);
                case DATE -> LocalDate.parse(text).toString();
                case NUMBER -> Integer.toString(Integer.parseInt(text));
                case ID -> UUID.fromString(text).toString();
            };
        }
    }

    String encode() {
        var plain = section + "|" + String.join("|", keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor the inbox gave out for {@code section} with keys of {@code types}; anything else is a 400 naming
     * {@code field}.
     */
    static SectionCursor decode(String cursor, String section, List<KeyType> types, String field) {
        List<String> parts;
        try {
            parts = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1));
        } catch (IllegalArgumentException notBase64) {
            throw refused(field, "not a cursor this inbox gave out");
        }
        if (parts.size() != types.size() + 1) {
            throw refused(field, "not a cursor this inbox gave out");
        }
        if (!parts.get(0).equals(section)) {
            throw refused(field, "belongs to another section; start again from the section's first page without it");
        }
        var keys = new ArrayList<String>();
        try {
            for (var i = 0; i < types.size(); i++) {
                keys.add(types.get(i).checked(parts.get(i + 1)));
            }
        } catch (RuntimeException unreadable) {
            throw refused(field, "not a cursor this inbox gave out");
        }
        return new SectionCursor(section, keys);
    }

    private static ProblemException refused(String field, String why) {
        return ProblemException.invalidField(field, why);
    }

    private static String checkedInstant(String text) {
        var at = Instant.parse(text);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException(text);
        }
        return at.toString();
    }
}
