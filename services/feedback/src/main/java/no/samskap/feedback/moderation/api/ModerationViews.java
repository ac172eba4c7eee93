package no.samskap.feedback.moderation.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.moderation.application.ModerationCase;
import no.samskap.feedback.moderation.domain.FeedbackAppeal;
import no.samskap.feedback.moderation.domain.ModerationSettings;
import no.samskap.feedback.moderation.domain.FeedbackToModerate;
import no.samskap.feedback.moderation.domain.Hiding;

import java.time.Instant;
import java.util.List;

/** What the moderation routes answer, in JSON. */
final class ModerationViews {

    private ModerationViews() {
    }

    /** Whether the feedback is public, and if not, why: the reason is the author's to read too. */
    @Serdeable
    record Standing(String feedbackId, String status, @Nullable HidingView hiding) {

        static Standing of(FeedbackToModerate feedback) {
            return new Standing(feedback.id().toString(), feedback.isHidden() ? "hidden" : "visible",
                HidingView.of(feedback.hiding()));
        }
    }

    @Serdeable
    record HidingView(String reason, String cause, boolean pendingReview, String hiddenBy, Instant hiddenAt) {

        static HidingView of(Hiding hiding) {
            return hiding == null ? null : new HidingView(hiding.reason(), hiding.cause(), hiding.pendingReview(),
                hiding.hiddenBy(), hiding.hiddenAt());
        }
    }

    @Serdeable
    record AppealView(String feedbackId, String text, Instant appealedAt, String contestedDecisionBy,
                      @Nullable DecisionView decision) {

        static AppealView of(FeedbackAppeal appeal) {
            if (appeal == null) {
                return null;
            }
            var decision = appeal.decision();
            return new AppealView(appeal.feedbackId().toString(), appeal.text(), appeal.appealedAt(),
                appeal.contestedDecisionBy(), decision == null ? null : new DecisionView(decision.restore(),
                decision.reason(), decision.decidedBy(), decision.decidedAt()));
        }
    }

    @Serdeable
    record DecisionView(boolean restore, String reason, String decidedBy, Instant decidedAt) {
    }

    @Serdeable
    record CaseView(String feedbackId, @Nullable String eventId, @Nullable String unit, int rating,
                    @Nullable String text, @Nullable String wishNext, Instant givenAt, int openReports,
                    List<String> reportReasons, String status, @Nullable HidingView hiding,
                    @Nullable AppealView appeal) {

        static CaseView of(ModerationCase found) {
            return new CaseView(found.feedbackId().toString(),
                found.eventId() == null ? null : found.eventId().toString(), found.unit(), found.rating(),
                found.text(), found.wishNext(), found.givenAt(), found.openReports(), found.reportReasons(),
                found.hiding() == null ? "visible" : "hidden", HidingView.of(found.hiding()),
                AppealView.of(found.appeal()));
        }
    }

    @Serdeable
    record SettingsView(String municipality, int reportThreshold) {

        static SettingsView of(ModerationSettings settings) {
            return new SettingsView(settings.municipality(), settings.reportThreshold());
        }
    }
}
