package no.samskap.events.events.domain;

import no.samskap.contract.MunicipalityNumber;

import java.time.Instant;

/**
 * A cultural event hosted by a municipal unit, perhaps with associations, perhaps realising ideas. It is a draft
 * until published; then it is completed after it took place, or cancelled with a reason. Each change returns the
 * changed event and what happened; nothing here knows who may do it (see the application's {@code EventRights}).
 * {@code completedAt} is when staff completed it, null until then.
 */
public record Event(EventId id, MunicipalityNumber municipality, EventDescription description, EventStatus status,
                    String cancellationReason, String createdBy, Instant createdAt, Instant completedAt,
                    long version) {

    public static EventEvent.Drafted draft(EventId id, MunicipalityNumber municipality, EventDescription description,
                                           String by, Instant at) {
        var event = new Event(id, municipality, description, EventStatus.DRAFT, null, by, at, null, 0);
        return new EventEvent.Drafted(event, by, at);
    }

    public EventEvent.Updated describe(EventDescription changed, String by, Instant at) {
        requireOpen("only a draft or published event can be changed");
        if (status == EventStatus.PUBLISHED && changed.startsAt().isBefore(at)
            && !changed.startsAt().equals(description.startsAt())) {
            throw Refusal.unprocessable("startsAt", "a published event cannot be moved to the past");
        }
        return new EventEvent.Updated(with(changed, status, null), by, at);
    }

    /**
     * Opens the event to the public. An event that has already taken place may be published too: staff record what
     * came of an idea afterwards, and registration is refused for anything that has started.
     */
    public EventEvent.Published publish(String by, Instant at) {
        if (status != EventStatus.DRAFT) {
            throw Refusal.conflict("status", "only a draft can be published; this event is " + status.code());
        }
        return new EventEvent.Published(with(description, EventStatus.PUBLISHED, null), by, at);
    }

    public EventEvent.Cancelled cancel(String reason, String by, Instant at) {
        requireOpen("a completed or cancelled event cannot be cancelled");
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "say why the event is cancelled; registrants are told");
        }
        if (reason.strip().length() > 1_000) {
            throw Refusal.invalid("reason", "must be at most 1000 characters");
        }
        var stripped = reason.strip();
        return new EventEvent.Cancelled(with(description, EventStatus.CANCELLED, stripped), stripped, by, at);
    }

    public EventEvent.Completed complete(Integer attended, String by, Instant at) {
        if (status != EventStatus.PUBLISHED) {
            throw Refusal.conflict("status", "only a published event can be completed; this event is "
                + status.code());
        }
        if (description.startsAt().isAfter(at)) {
            throw Refusal.conflict("startsAt", "an event can be completed once it has started");
        }
        var completed = new Event(id, municipality, description, EventStatus.COMPLETED, null, createdBy, createdAt, at,
            version);
        return new EventEvent.Completed(completed, attended, by, at);
    }

    /** Whether people may register now: published and not yet started. */
    public boolean isOpenForRegistration(Instant at) {
        return status == EventStatus.PUBLISHED && description.startsAt().isAfter(at);
    }

    private void requireOpen(String message) {
        if (!status.isOpen()) {
            throw Refusal.conflict("status", message + "; this event is " + status.code());
        }
    }

    private Event with(EventDescription changed, EventStatus newStatus, String reason) {
        return new Event(id, municipality, changed, newStatus, reason, createdBy, createdAt, completedAt, version);
    }
}
