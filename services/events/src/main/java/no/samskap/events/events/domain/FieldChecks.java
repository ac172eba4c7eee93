package no.samskap.events.events.domain;

import java.time.Duration;
import java.time.Instant;

/** Checks that several descriptions in the service share, each refusing with the field at fault. */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The text without surrounding blanks; refused when blank or longer than {@code max}. */
    public static String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "must not be blank");
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw Refusal.invalid(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    /** {@code startsAt} and {@code endsAt} given, in that order, at most {@code longest} apart. */
    public static void timeSpan(Instant startsAt, Instant endsAt, Duration longest, String what) {
        if (startsAt == null) {
            throw Refusal.invalid("startsAt", "must be given");
        }
        if (endsAt == null) {
            throw Refusal.invalid("endsAt", "must be given");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw Refusal.invalid("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(longest) > 0) {
            throw Refusal.invalid("endsAt", what + " may last at most " + longest.toDays() + " days");
        }
    }
}
