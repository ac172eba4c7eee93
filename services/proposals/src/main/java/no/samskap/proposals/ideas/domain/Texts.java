package no.samskap.proposals.ideas.domain;

import java.util.ArrayList;
import java.util.List;

/** Length rules for the texts people write, counted in characters as people count them (an emoji is one). */
final class Texts {

    private Texts() {
    }

    static String requireLength(String field, String text, int min, int max) {
        var fault = lengthFault(field, text, min, max);
        if (fault != null) {
            throw new InvalidIdeaException(List.of(fault));
        }
        return clean(text);
    }

    /** Checks several texts and refuses all that are too short or too long at once, as blank ones are. */
    static void requireLengths(Length... texts) {
        var faults = new ArrayList<InvalidIdeaException.Fault>();
        for (var text : texts) {
            var fault = text.text() == null ? null : lengthFault(text.field(), text.text(), text.min(), text.max());
            if (fault != null) {
                faults.add(fault);
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidIdeaException(faults);
        }
    }

    /** One text to check; a null text is one left out, and passes. */
    record Length(String field, String text, int min, int max) {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static InvalidIdeaException.Fault lengthFault(String field, String text, int min, int max) {
        var clean = clean(text);
        var length = clean.codePointCount(0, clean.length());
        if (length >= min && length <= max) {
            return null;
        }
        return new InvalidIdeaException.Fault(field, "must be between " + min + " and " + max + " characters, was "
            + length);
    }
}
