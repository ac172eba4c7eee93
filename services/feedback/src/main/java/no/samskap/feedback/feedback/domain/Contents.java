package no.samskap.feedback.feedback.domain;

/** What the author says: a rating of 1–5, an optional text and an optional "what would you like next?". */
public record Contents(int rating, String text, String wishNext) {

    public static final int LONGEST_TEXT = 4_000;
    public static final int LONGEST_WISH = 2_000;

    /** Reads the fields as given, refusing the first one at fault; blank texts become null. */
    public static Contents of(Integer rating, String text, String wishNext) {
        return new Contents(rating(rating), optional("text", text, LONGEST_TEXT),
            optional("wishNext", wishNext, LONGEST_WISH));
    }

    /** These contents with each field that is given replaced. */
    public Contents changedBy(Integer newRating, String newText, String newWish) {
        return new Contents(newRating == null ? rating : rating(newRating),
            newText == null ? text : optional("text", newText, LONGEST_TEXT),
            newWish == null ? wishNext : optional("wishNext", newWish, LONGEST_WISH));
    }

    private static int rating(Integer rating) {
        if (rating == null) {
            throw Refusal.invalid("rating", "must be given, from 1 to 5");
        }
        if (rating < 1 || rating > 5) {
            throw Refusal.unprocessable("rating", "must be from 1 to 5");
        }
        return rating;
    }

    private static String optional(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > longest) {
            throw Refusal.invalid(field, "must be at most " + longest + " characters");
        }
        return stripped;
    }
}
