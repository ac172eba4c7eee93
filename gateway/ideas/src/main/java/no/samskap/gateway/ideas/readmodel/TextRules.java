package no.samskap.gateway.ideas.readmodel;

/** Limits on text a visitor types into a search, counted in characters as people see them. */
final class TextRules {

    private TextRules() {
    }

    static void require(String field, String text, int min, int max) {
        var length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new InvalidQueryValueException(field, "must be " + min + "–" + max + " characters, not " + length);
        }
        // PostgreSQL cannot hold a NUL in text; the other control characters have no place in a search either.
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidQueryValueException(field, "must not contain control characters");
        }
    }
}
