package no.samskap.events.shifts.domain;

import no.samskap.events.events.domain.Refusal;

import java.time.Instant;

/** A volunteer's word that they are ill or will be late, for the team leader; it never leaves the service. */
public record Absence(Kind kind, String note, Integer minutesLate, Instant reportedAt) {

    static final int NOTE_LENGTH = 500;
    static final int MOST_MINUTES_LATE = 24 * 60;

    public enum Kind {
        ILL("ill"), LATE("late");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind of(String code) {
            for (var kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw Refusal.invalid("kind", "must be ill or late");
        }
    }

    /** Checks what the volunteer wrote: a late one says how late, an ill one says nothing of minutes. */
    public static Absence report(String kind, String note, Integer minutesLate, Instant at) {
        var checkedKind = Kind.of(kind);
        var text = note == null ? "" : note.strip();
        if (text.length() > NOTE_LENGTH) {
            throw Refusal.invalid("note", "must be at most " + NOTE_LENGTH + " characters");
        }
        if (checkedKind == Kind.LATE && (minutesLate == null || minutesLate < 1 || minutesLate > MOST_MINUTES_LATE)) {
            throw Refusal.invalid("minutesLate", "say how many minutes late you will be, from 1 to "
                + MOST_MINUTES_LATE);
        }
        if (checkedKind == Kind.ILL && minutesLate != null) {
            throw Refusal.invalid("minutesLate", "only for kind late");
        }
        return new Absence(checkedKind, text, minutesLate, at);
    }
}
