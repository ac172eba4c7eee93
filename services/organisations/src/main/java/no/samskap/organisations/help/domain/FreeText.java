package no.samskap.organisations.help.domain;

import no.samskap.organisations.associations.domain.Refusal;

/** The free texts of offers and requests: stripped, required where they must be, and bounded. */
public final class FreeText {

    private FreeText() {
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "must not be blank");
        }
        return bounded(field, value, maxLength);
    }

    /** The text stripped, or empty when none is given. */
    public static String optional(String field, String value, int maxLength) {
        return value == null ? "" : bounded(field, value, maxLength);
    }

    private static String bounded(String field, String value, int maxLength) {
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Refusal.invalid(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
