package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.proposals.ideas.domain.Idea;

import java.time.Instant;

@Serdeable
public record IdeaView(String id, String municipality, String authorId, String title, String body, String serviceArea,
                       String status, Instant submittedAt) {

    static IdeaView of(Idea idea) {
        return new IdeaView(idea.id().toString(), idea.municipality().number(), idea.authorId(), idea.title(),
            idea.body(), idea.serviceArea().code(), idea.status().name().toLowerCase(java.util.Locale.ROOT),
            idea.submittedAt());
    }
}
