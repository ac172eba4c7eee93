package no.samskap.feedback.moderation.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.answers.application.AuthorNotices;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.moderation.domain.FeedbackAppeal;
import no.samskap.feedback.moderation.domain.FeedbackAppeals;
import no.samskap.platform.security.SignedInPerson;

/**
 * The author of feedback a moderator hid appeals once; a moderator other than the one who hid it decides, and a
 * restoring decision shows the feedback again in the same transaction. The author is told the decision and its reason.
 */
@Singleton
public class FeedbackAppealing {

    private final ModerationSteps steps;
    private final FeedbackAppeals appeals;

    FeedbackAppealing(ModerationSteps steps, FeedbackAppeals appeals) {
        this.steps = steps;
        this.appeals = appeals;
    }

    @Transactional
    public FeedbackAppeal appeal(SignedInPerson author, String feedbackId, String text) {
        var feedback = steps.visibleTo(author, feedbackId);
        var appeal = FeedbackAppeal.lodge(feedback, author.subject(), text, appeals.of(feedback.id()), steps.now());
        appeals.add(appeal);
        return appeal;
    }

    @Transactional
    public FeedbackAppeal decide(SignedInPerson moderator, String feedbackId, Boolean restore, String reason) {
        var feedback = steps.moderatedBy(moderator, feedbackId);
        var appeal = appeals.of(feedback.id()).orElseThrow(() -> Refusal.notFound("no appeal of feedback "
            + feedbackId));
        var now = steps.now();
        var decided = appeal.decide(feedback, moderator.subject(), restore, reason, now);
        appeals.decide(decided.appeal());
        decided.restoring().ifPresent(restored -> {
            steps.record(restored, null, null);
            steps.reviewed(feedback);
        });
        var decision = decided.appeal().decision();
        steps.tell(feedback, AuthorNotices.APPEAL_DECIDED, decision.reason(), now);
        return decided.appeal();
    }
}
