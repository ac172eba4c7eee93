package no.samskap.platform.json;

import java.util.Optional;

/**
 * Text the platform refuses wherever it comes from (a JSON body, a form field): a NUL character, which PostgreSQL
 * cannot store in text and answered with a server failure, and half of a surrogate pair, which the database driver
 * silently stored as {@code ?}.
 */
public final class TextsThatCannotBeKept {

    private TextsThatCannotBeKept() {
    }

    /** True when a service refused a text with one of these messages, so a page can say it in its own language. */
    public static boolean isTheRefusal(String message) {
        return StrictStrings.NUL.equals(message) || StrictStrings.LONE_SURROGATE.equals(message);
    }

    /** What the client must change, or empty when the text can be kept as it is. */
    public static Optional<String> problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(StrictStrings.NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(StrictStrings.LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
