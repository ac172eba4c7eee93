package no.samskap.events.venues.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Refusal;

import java.time.Instant;
import java.util.UUID;

/**
 * A room taken, or asked for: an association's application that staff approve or decline, or an event's booking,
 * which holds from the start. Only an approved booking takes the room. Each change returns what happened; who may
 * do it and whether the room is free are decided by the application, which knows the other bookings.
 */
public record Booking(UUID id, UUID venueId, MunicipalityNumber municipality, Holder holder, String purpose,
                      boolean childrenAndYouth, Schedule schedule, BookingStatus status, String appliedBy,
                      Instant appliedAt, String decidedBy, Instant decidedAt, String decisionReason,
                      String cancellationReason, long version) {

    static final int PURPOSE_MAX = 500;
    static final int REASON_MAX = 1_000;

    public Booking {
        if (purpose == null || purpose.isBlank()) {
            throw Refusal.invalid("purpose", "say what the room is for");
        }
        purpose = purpose.strip();
        if (purpose.length() > PURPOSE_MAX) {
            throw Refusal.invalid("purpose", "must be at most " + PURPOSE_MAX + " characters");
        }
    }

    public static BookingEvent.Applied apply(UUID id, UUID venueId, MunicipalityNumber municipality,
                                             UUID associationId, String purpose, boolean childrenAndYouth,
                                             Schedule schedule, String by, Instant at) {
        if (!schedule.first().startsAt().isAfter(at)) {
            throw Refusal.unprocessable(schedule.timesField(), "a booking must start in the future");
        }
        return new BookingEvent.Applied(new Booking(id, venueId, municipality, Holder.association(associationId),
            purpose, childrenAndYouth, schedule, BookingStatus.PENDING, by, at, null, null, null, null, 0));
    }

    /** An event's booking of its venue, approved as it is made: publishing the event decided it. */
    public static BookingEvent.Approved forEvent(UUID id, UUID venueId, MunicipalityNumber municipality,
                                                 UUID eventId, String title, Schedule schedule, String by,
                                                 Instant at) {
        var booking = new Booking(id, venueId, municipality, Holder.event(eventId), title, false, schedule,
            BookingStatus.APPROVED, by, at, by, at, null, null, 0);
        return new BookingEvent.Approved(booking, by, at);
    }

    public BookingEvent.Approved approve(String reason, String by, Instant at) {
        requirePending("approved");
        var approved = new Booking(id, venueId, municipality, holder, purpose, childrenAndYouth, schedule,
            BookingStatus.APPROVED, appliedBy, appliedAt, by, at, optional(reason), null, version);
        return new BookingEvent.Approved(approved, by, at);
    }

    public BookingEvent.Declined decline(String reason, String by, Instant at) {
        requirePending("declined");
        var stated = required(reason, "say why the application is declined; the association is told");
        var declined = new Booking(id, venueId, municipality, holder, purpose, childrenAndYouth, schedule,
            BookingStatus.DECLINED, appliedBy, appliedAt, by, at, stated, null, version);
        return new BookingEvent.Declined(declined, stated, by, at);
    }

    public BookingEvent.Cancelled cancel(String reason, String by, Instant at) {
        if (status != BookingStatus.PENDING && status != BookingStatus.APPROVED) {
            throw Refusal.conflict("status", "only a pending or approved booking can be cancelled; this one is "
                + status.code());
        }
        var stated = required(reason, "say why the booking is cancelled; those affected are told");
        var cancelled = new Booking(id, venueId, municipality, holder, purpose, childrenAndYouth, schedule,
            BookingStatus.CANCELLED, appliedBy, appliedAt, decidedBy, decidedAt, decisionReason, stated, version);
        return new BookingEvent.Cancelled(cancelled, stated, by, at);
    }

    private void requirePending(String what) {
        if (status != BookingStatus.PENDING) {
            throw Refusal.conflict("status", "only a pending application can be " + what + "; this one is "
                + status.code());
        }
    }

    private static String required(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", message);
        }
        return optional(reason);
    }

    private static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > REASON_MAX) {
            throw Refusal.invalid("reason", "must be at most " + REASON_MAX + " characters");
        }
        return reason.strip();
    }
}
