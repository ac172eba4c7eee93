package no.samskap.events.venues.domain;

import java.util.UUID;

/** Whom a booking is for: an association that applied, or an event that uses its venue. */
public record Holder(UUID associationId, UUID eventId) {

    public Holder {
        if ((associationId == null) == (eventId == null)) {
            throw new IllegalArgumentException("a booking is for an association or for an event");
        }
    }

    public static Holder association(UUID id) {
        return new Holder(id, null);
    }

    public static Holder event(UUID id) {
        return new Holder(null, id);
    }

    public boolean isEvent() {
        return eventId != null;
    }
}
