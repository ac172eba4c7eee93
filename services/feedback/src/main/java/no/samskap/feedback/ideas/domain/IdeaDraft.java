package no.samskap.feedback.ideas.domain;

import no.samskap.feedback.feedback.domain.Refusal;

/**
 * The idea as staff word it from the feedback: held to the proposals service's rules for an idea (a title of 5–120
 * characters, a description of 1–5000, counted as people count them), so the idea is never refused there.
 * {@code serviceArea} is one of the municipality's service units, which the application checks.
 */
public record IdeaDraft(String title, String body, String serviceArea) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 5000;

    /** Reads the fields as given, trimmed, refusing the first one at fault. */
    public static IdeaDraft of(String title, String body, String serviceArea) {
        return new IdeaDraft(text("title", title, TITLE_MIN, TITLE_MAX), text("body", body, 1, BODY_MAX),
            text("serviceArea", serviceArea, 1, 64));
    }

    private static String text(String field, String value, int shortest, int longest) {
        var stripped = value == null ? "" : value.strip();
        var length = stripped.codePointCount(0, stripped.length());
        if (length < shortest || length > longest) {
            throw Refusal.invalid(field, shortest == 1 ? "must be given, at most " + longest + " characters"
                : "must be " + shortest + " to " + longest + " characters");
        }
        return stripped;
    }
}
