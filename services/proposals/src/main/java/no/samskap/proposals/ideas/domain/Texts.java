package no.samskap.proposals.ideas.domain;

/** Length rules for the texts people write, counted in characters as people count them (an emoji is one). */
final class Texts {

    private Texts() {
    }

    static String requireLength(String field, String text, int min, int max) {
        var clean = text == null ? "" : text.strip();
        var length = clean.codePointCount(0, clean.length());
        if (length < min || length > max) {
            throw new InvalidIdeaException(field, min == 1
                ? "must be between 1 and " + max + " characters, was " + length
                : "must be between " + min + " and " + max + " characters, was " + length);
        }
        return clean;
    }
}
