package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.List;

/** Every step in an idea's life, in order: who, when, to which status or which moderation, and why. */
public interface Timelines {

    record Step(IdeaStatus status, String moderation, String actorId, String note, Instant occurredAt) {
    }

    void append(IdeaEvent domainEvent);

    List<Step> of(IdeaId id);
}
