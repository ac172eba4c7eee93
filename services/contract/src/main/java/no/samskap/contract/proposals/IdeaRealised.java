package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code idea-realised} v1: an accepted idea came true. {@code eventId} is the events service's event that realised
 * it (the idea became realised when that event was completed); it came later within v1 and is null in older messages
 * and for an idea staff marked realised by hand. {@code culturalEventId} is the older, free-form reference: the event's
 * id when {@code eventId} is set, whatever staff typed otherwise.
 */
public record IdeaRealised(String ideaId, String realisedBy, String culturalEventId, Instant realisedAt,
                           String eventId) {

    /** The message as it was before it linked the events service's event. */
    public IdeaRealised(String ideaId, String realisedBy, String culturalEventId, Instant realisedAt) {
        this(ideaId, realisedBy, culturalEventId, realisedAt, null);
    }
}
