package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The author's one appeal against a moderator's decision on their idea, hiding or rejecting it. Another moderator
 * of the municipality decides it: upheld reverses the decision, not upheld lets it stand for good. The appeal's
 * words are the author's about a moderator and stay between them and staff: they are neither on the timeline nor
 * in a message.
 */
public record IdeaAppeal(IdeaId ideaId, String appellantId, String text, String contestedDecisionBy, Instant appealedAt,
                         AppealDecision decision) {

    public static final int TEXT_MAX = 2000;

    /** The appeal changes no idea, so its domain event comes alone. */
    public record Lodged(IdeaAppeal appeal, IdeaEvent.IdeaAppealed domainEvent) {
    }

    /** The decided appeal, what was decided, and the step that reverses the moderator's decision when upheld. */
    public record Decided(IdeaAppeal appeal, IdeaEvent.AppealDecided domainEvent, Optional<Idea.Change> reversal) {
    }

    /** {@code timeline} tells who rejected the idea; {@code earlier} is the idea's appeal if it had one. */
    public static Lodged lodge(Idea idea, Actor author, String text, List<Timelines.Step> timeline,
                               Optional<IdeaAppeal> earlier, Instant now, UUID eventId) {
        if (!idea.isBy(author.id())) {
            throw new NotTheAuthorException("Only the author of an idea may appeal a decision on it");
        }
        if (earlier.isPresent()) {
            throw AppealDecision.appealedOnce("an idea");
        }
        var contestedBy = contestedDecisionBy(idea, timeline).orElseThrow(() -> new AppealRefusedException(
            "Only a hidden or rejected idea can be appealed"));
        var cleanText = AppealDecision.lodgedText(text);
        var appeal = new IdeaAppeal(idea.id(), author.id(), cleanText, contestedBy, now, null);
        return new Lodged(appeal, new IdeaEvent.IdeaAppealed(eventId, now, idea.id(), idea.municipality(), author,
            idea.status(), idea.isHidden() ? "hidden" : "rejected"));
    }

    public Decided decide(Idea idea, Actor moderator, boolean upheld, String reason, Instant now, UUID eventId,
                          UUID reversalEventId) {
        var decision = AppealDecision.decide(this.decision, contestedDecisionBy, moderator, upheld, reason,
            Idea.REASON_MAX, now);
        var cleanReason = decision.reason();
        var decided = new IdeaAppeal(ideaId, appellantId, text, contestedDecisionBy, appealedAt, decision);
        var decidedEvent = new IdeaEvent.AppealDecided(eventId, now, ideaId, idea.municipality(), moderator,
            idea.status(), upheld, cleanReason);
        return new Decided(decided, decidedEvent,
            upheld ? reversal(idea, moderator, cleanReason, now, reversalEventId) : Optional.empty());
    }

    public boolean isDecided() {
        return decision != null;
    }

    /** An upheld appeal restores with the decision's reason, which the author reads on the restoring too. */
    private static Optional<Idea.Change> reversal(Idea idea, Actor moderator, String reason, Instant now, UUID eventId) {
        if (idea.isHidden()) {
            return Optional.of(idea.restore(moderator, reason, now, eventId));
        }
        if (idea.status() == IdeaStatus.REJECTED) {
            return Optional.of(idea.publishOnAppeal(moderator, now, eventId));
        }
        return Optional.empty();
    }

    private static Optional<String> contestedDecisionBy(Idea idea, List<Timelines.Step> timeline) {
        if (idea.isHidden()) {
            return Optional.of(idea.hiding().hiddenBy().id());
        }
        if (idea.status() != IdeaStatus.REJECTED) {
            return Optional.empty();
        }
        return timeline.stream().filter(step -> step.status() == IdeaStatus.REJECTED && step.moderation() == null)
            .reduce((first, second) -> second).map(Timelines.Step::actorId);
    }
}
