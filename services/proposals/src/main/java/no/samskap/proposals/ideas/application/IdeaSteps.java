package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Timelines;
import no.samskap.proposals.ideas.messaging.IdeaMessages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Loads ideas and records each step: the changed idea, its timeline entry and its message, in the caller's transaction. */
@Singleton
class IdeaSteps {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Ideas ideas;
    private final Timelines timelines;
    private final IdeaMessages messages;
    private final Clock clock;

    IdeaSteps(Ideas ideas, Timelines timelines, IdeaMessages messages, Clock clock) {
        this.ideas = ideas;
        this.timelines = timelines;
        this.messages = messages;
        this.clock = clock;
    }

    Idea load(String id) {
        return parse(id).flatMap(ideas::find).orElseThrow(() -> ProblemException.notFound("idea", id));
    }

    Idea record(Idea.Change change) {
        var saved = ideas.update(change.idea());
        timelines.append(change.domainEvent());
        messages.publish(change.domainEvent());
        return saved;
    }

    /** PostgreSQL keeps microseconds; answers and messages must carry the time that is stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OSLO);
    }

    static UUID newEventId() {
        return UUID.randomUUID();
    }

    private static java.util.Optional<IdeaId> parse(String id) {
        try {
            return java.util.Optional.of(new IdeaId(UUID.fromString(id)));
        } catch (IllegalArgumentException notAUuid) {
            return java.util.Optional.empty();
        }
    }
}
