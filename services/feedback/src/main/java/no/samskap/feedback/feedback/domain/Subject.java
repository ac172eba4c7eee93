package no.samskap.feedback.feedback.domain;

import java.util.UUID;

/** What the feedback is about: a completed event ({@code eventId}) or a service unit ({@code unit}), never both. */
public record Subject(UUID eventId, String unit) {

    public static Subject event(UUID eventId) {
        return new Subject(eventId, null);
    }

    public static Subject unit(String unit) {
        return new Subject(null, unit);
    }

    public boolean isEvent() {
        return eventId != null;
    }
}
