package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.platform.blocks.BlockedWriterRefusal;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Blocks;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaEvent;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.Timelines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Loads ideas and records each step: the changed idea, its timeline entry, its message and its followers'
 * notifications, in the caller's transaction.
 */
@Singleton
class IdeaSteps {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Ideas ideas;
    private final Timelines timelines;
    private final IdeaMessages messages;
    private final Blocks blocks;
    private final Notifier notifier;
    private final Clock clock;

    IdeaSteps(Ideas ideas, Timelines timelines, IdeaMessages messages, Blocks blocks, Notifier notifier, Clock clock) {
        this.ideas = ideas;
        this.timelines = timelines;
        this.messages = messages;
        this.blocks = blocks;
        this.notifier = notifier;
        this.clock = clock;
    }

    Idea load(String id) {
        return parse(id).flatMap(ideas::find).orElseThrow(() -> ProblemException.notFound("idea", id));
    }

    /** The idea if this viewer may see it: not while it is hidden, or its author blocked, unless it is theirs or staff's. */
    Idea loadVisibleTo(Optional<SignedInPerson> viewer, String id) {
        var idea = load(id);
        return IdeaAccess.requireVisible(viewer, idea, isBlocked(idea.municipality(), idea.authorId()));
    }

    boolean isBlocked(Municipality municipality, String subject) {
        return blocks.isBlocked(municipality, subject);
    }

    Set<String> blockedIn(Municipality municipality) {
        return blocks.blockedIn(municipality);
    }

    /**
     * Refuses a blocked person's write as the platform's filter does; the answer holds until the transaction ends (a
     * block waits for it), so what the write publishes needs no second look at the block.
     */
    void refuseBlockedWriter(Municipality municipality, String subject) {
        if (blocks.isBlockedUntilCommit(municipality, subject)) {
            throw BlockedWriterRefusal.problem();
        }
    }

    void requireNotBlocked(SignedInPerson person, Municipality municipality) {
        if (isBlocked(municipality, person.subject())) {
            throw IdeaAccess.blocked();
        }
    }

    Idea record(Idea.Change change) {
        return record(change, () -> isBlocked(change.idea().municipality(), change.idea().authorId()));
    }

    /** A step of an author this transaction found not blocked with {@link #refuseBlockedWriter}. */
    Idea recordOfUnblockedAuthor(Idea.Change change) {
        return record(change, () -> false);
    }

    private Idea record(Idea.Change change, BooleanSupplier authorBlocked) {
        var saved = ideas.update(change.idea());
        timelines.append(change.domainEvent());
        publishKeepingTheBlockOfItsAuthor(saved, change.domainEvent(), authorBlocked.getAsBoolean());
        notifier.notifyFollowers(saved, change.domainEvent());
        return saved;
    }

    /**
     * On the wire an idea's hidings and restorings alternate, so a consumer may simply toggle. While its author is
     * blocked the block's hiding holds: a moderator's hiding takes over from it (block's restoring first), and an idea a
     * moderator publishes or restores is hidden again by the block right after.
     */
    private void publishKeepingTheBlockOfItsAuthor(Idea idea, IdeaEvent step, boolean blocked) {
        if (blocked && step instanceof IdeaEvent.IdeaHidden) {
            messages.publishShownAfterBlock(idea, Actor.PLATFORM, step.occurredAt());
        }
        messages.publish(step);
        var showsIt = step instanceof IdeaEvent.IdeaPublished || step instanceof IdeaEvent.IdeaRestored;
        if (blocked && showsIt && idea.isPublic() && !idea.isHidden()) {
            messages.publishHiddenWhileAuthorBlocked(idea, Actor.PLATFORM, step.occurredAt());
        }
    }

    /** A step beside the idea, such as an appeal: on the timeline and published, with the idea itself unchanged. */
    void recordStep(IdeaEvent domainEvent) {
        timelines.append(domainEvent);
        messages.publish(domainEvent);
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

    private static Optional<IdeaId> parse(String id) {
        try {
            return Optional.of(new IdeaId(UUID.fromString(id)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
