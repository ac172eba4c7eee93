package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.Refusal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The author's one appeal against a moderator's hiding of their feedback. Another moderator of the municipality than
 * the one who hid it decides: restoring reverses the hiding, not restoring lets it stand for good. The appeal's words
 * stay between the author and staff: they are never in a message.
 */
public record FeedbackAppeal(UUID feedbackId, String text, String contestedDecisionBy, Instant appealedAt,
                             Decision decision) {

    public static final int TEXT_MAX = 2000;

    public record Decision(boolean restore, String decidedBy, String reason, Instant decidedAt) {
    }

    /** The decided appeal, and the restoring when the moderator restored the feedback. */
    public record Decided(FeedbackAppeal appeal, Optional<ModerationEvent.Restored> restoring) {
    }

    /** {@code earlier} is the feedback's appeal if it had one. */
    public static FeedbackAppeal lodge(FeedbackToModerate feedback, String personId, String text,
                                       Optional<FeedbackAppeal> earlier, Instant now) {
        if (!feedback.isBy(personId)) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "author-only", null,
                "only the author of the feedback may appeal its hiding");
        }
        var cleanText = FeedbackToModerate.requireText("text", text, TEXT_MAX);
        if (!feedback.isHidden() || feedback.hiding().byBlock()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "not-appealable", null,
                "only feedback hidden by moderation can be appealed");
        }
        if (earlier.isPresent()) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "appealed-already", null,
                "feedback may be appealed once, and this was appealed already");
        }
        return new FeedbackAppeal(feedback.id(), cleanText, feedback.hiding().hiddenBy(), now, null);
    }

    public Decided decide(FeedbackToModerate feedback, String moderatorId, Boolean restore, String reason,
                          Instant now) {
        if (restore == null) {
            throw Refusal.invalid("restore", "must say whether the feedback is restored (true) or stays hidden");
        }
        var cleanReason = FeedbackToModerate.requireText("reason", reason, FeedbackToModerate.REASON_MAX);
        if (decision != null) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, "appeal-decided", null, "the appeal is decided already");
        }
        if (moderatorId.equals(contestedDecisionBy)) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "same-moderator", null,
                "you hid this feedback; another moderator of the municipality decides the appeal");
        }
        var decided = new FeedbackAppeal(feedbackId, text, contestedDecisionBy, appealedAt,
            new Decision(restore, moderatorId, cleanReason, now));
        var restoring = restore && feedback.isHidden() && !feedback.hiding().byBlock()
            ? Optional.of(new ModerationEvent.Restored(feedback.withHiding(null), cleanReason, Hiding.MODERATION,
                moderatorId, now))
            : Optional.<ModerationEvent.Restored>empty();
        return new Decided(decided, restoring);
    }

    public boolean isDecided() {
        return decision != null;
    }
}
