package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.messaging.IdeaMessages;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Submits ideas: the idea and its message commit in one transaction, or neither does. */
@Singleton
public class IdeaSubmissions {

    private final Ideas ideas;
    private final IdeaMessages messages;
    private final Clock clock;

    IdeaSubmissions(Ideas ideas, IdeaMessages messages, Clock clock) {
        this.ideas = ideas;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Idea submit(SubmitIdea command) {
        var submitted = Idea.submit(IdeaId.random(), new Municipality(command.municipality()), command.authorId(),
            command.title(), command.body(), command.serviceArea(), now(), UUID.randomUUID());
        ideas.add(submitted.idea());
        messages.publish(submitted.domainEvent());
        return submitted.idea();
    }

    /** PostgreSQL keeps microseconds; the answer and the message must carry the time that is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    public Optional<Idea> find(IdeaId id) {
        return ideas.find(id);
    }
}
