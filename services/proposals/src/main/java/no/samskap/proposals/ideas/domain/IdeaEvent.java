package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to an idea; each event has its own id and time and names the idea it is about. */
public sealed interface IdeaEvent permits IdeaEvent.IdeaSubmitted {

    UUID eventId();

    Instant occurredAt();

    IdeaId ideaId();

    Municipality municipality();

    record IdeaSubmitted(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, String authorId,
                         String title, String body, ServiceArea serviceArea) implements IdeaEvent {
    }
}
