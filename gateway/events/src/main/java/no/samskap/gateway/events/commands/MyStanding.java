package no.samskap.gateway.events.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What the events service tells a person of their own registrations and shifts; only they are shown it. */
public final class MyStanding {

    private MyStanding() {
    }

    /** {@code status} is {@code confirmed}, {@code waitlisted} or {@code cancelled}; {@code position} 1 is next. */
    @Serdeable
    public record Registration(String id, String eventId, @Nullable String eventTitle, @Nullable Instant eventStartsAt,
                               @Nullable String eventStatus, String status, @Nullable Integer position,
                               int companions, int places, @Nullable Needs accessibilityNeeds,
                               @Nullable Instant registeredAt, boolean checkedIn) {

        public boolean active() {
            return !"cancelled".equals(status);
        }

        public boolean waiting() {
            return position != null && position > 0 && !"confirmed".equals(status);
        }
    }

    @Serdeable
    public record Needs(@Nullable List<String> codes, @Nullable String note) {
    }

    /**
     * {@code status} is {@code placed} or {@code waiting}; {@code waitingPosition} 1 is next; {@code absence} what they
     * reported (null when nothing); {@code checkedInAt} null until the team leader checked them in.
     */
    @Serdeable
    public record Shift(String shiftId, String eventId, @Nullable String eventTitle, @Nullable String eventStatus,
                        @Nullable String role, @Nullable Instant startsAt, @Nullable Instant endsAt, String status,
                        int waitingPosition, @Nullable String associationId, @Nullable Absence absence,
                        @Nullable Instant checkedInAt) {

        public boolean waiting() {
            return "waiting".equals(status);
        }

        /** Whether they may still leave or report being ill or late: not once checked in, nor after it ended. */
        public boolean changeable(Instant now) {
            return checkedInAt == null && (endsAt == null || endsAt.isAfter(now));
        }
    }

    /** {@code kind} is {@code ill} or {@code late}. */
    @Serdeable
    public record Absence(String kind, @Nullable String note, @Nullable Integer minutesLate) {
    }
}
