package no.samskap.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * The event took place. {@code ideaIds} are the ideas it realises (the proposals service marks them realised with a
 * link to the event); {@code attended} is how many were checked in, null when nobody used check-in.
 */
public record EventCompleted(String eventId, List<String> ideaIds, Integer attended, String completedBy,
                             Instant completedAt) {

    public EventCompleted {
        ideaIds = ideaIds == null ? List.of() : List.copyOf(ideaIds);
    }
}
