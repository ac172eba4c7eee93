package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The author's one appeal against a moderator's hiding of their comment, decided as an idea's appeal is (see
 * {@link AppealDecision}): upheld restores the comment with the decision's reason. The appeal's words stay between
 * the author and staff.
 */
public record CommentAppeal(CommentId commentId, String appellantId, String text, String contestedDecisionBy,
                            Instant appealedAt, AppealDecision decision) {

    public record Lodged(CommentAppeal appeal, CommentEvent.CommentAppealed domainEvent) {
    }

    /** The decided appeal, what was decided, and the restoring when upheld. */
    public record Decided(CommentAppeal appeal, CommentEvent.CommentAppealDecided domainEvent,
                          Optional<Comment.Change> reversal) {
    }

    public static Lodged lodge(Comment comment, Actor author, String text, Optional<CommentAppeal> earlier, Instant now,
                               UUID eventId) {
        if (!comment.isBy(author.id())) {
            throw new NotTheAuthorException("Only the author of a comment may appeal its hiding");
        }
        if (earlier.isPresent()) {
            throw AppealDecision.appealedOnce("a comment");
        }
        if (!comment.isHidden()) {
            throw new AppealRefusedException("Only a hidden comment can be appealed");
        }
        var appeal = new CommentAppeal(comment.id(), author.id(), AppealDecision.lodgedText(text),
            comment.hiding().hiddenBy().id(), now, null);
        return new Lodged(appeal, new CommentEvent.CommentAppealed(eventId, now, comment.ideaId(),
            comment.municipality(), comment.id(), author));
    }

    public Decided decide(Comment comment, Actor moderator, boolean upheld, String reason, Instant now, UUID eventId,
                          UUID reversalEventId) {
        var decided = AppealDecision.decide(decision, contestedDecisionBy, moderator, upheld, reason,
            Comment.REASON_MAX, now);
        var event = new CommentEvent.CommentAppealDecided(eventId, now, comment.ideaId(), comment.municipality(),
            commentId, moderator, upheld, decided.reason());
        var reversal = upheld && comment.isHidden()
            ? Optional.of(comment.restore(moderator, decided.reason(), now, reversalEventId))
            : Optional.<Comment.Change>empty();
        return new Decided(new CommentAppeal(commentId, appellantId, text, contestedDecisionBy, appealedAt, decided),
            event, reversal);
    }

    public boolean isDecided() {
        return decision != null;
    }
}
