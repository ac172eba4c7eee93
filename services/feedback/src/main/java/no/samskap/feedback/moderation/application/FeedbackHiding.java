package no.samskap.feedback.moderation.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.answers.application.AuthorNotices;
import no.samskap.feedback.moderation.domain.FeedbackReports;
import no.samskap.feedback.moderation.domain.FeedbackToModerate;
import no.samskap.feedback.moderation.domain.SettingsOfMunicipalities;
import no.samskap.platform.security.SignedInPerson;

/**
 * Anyone signed in reports feedback, once; at the municipality's threshold of open reports it is hidden until staff
 * review it. Staff hide feedback with a reason the author reads and restore hidden feedback; either is a review that
 * closes the open reports.
 */
@Singleton
public class FeedbackHiding {

    private final ModerationSteps steps;
    private final FeedbackReports reports;
    private final SettingsOfMunicipalities settings;

    FeedbackHiding(ModerationSteps steps, FeedbackReports reports, SettingsOfMunicipalities settings) {
        this.steps = steps;
        this.reports = reports;
        this.settings = settings;
    }

    /** Idempotent: a second report by the same person changes nothing. The feedback's row lock orders reports. */
    @Transactional
    public void report(SignedInPerson reporter, String feedbackId, String reason) {
        var feedback = steps.visibleTo(reporter, feedbackId);
        var now = steps.now();
        reports.add(feedback.report(reporter.subject(), reason, now)).ifPresent(openReports -> feedback
            .hideAfterReports(openReports, settings.of(feedback.municipality()).reportThreshold(), now)
            .ifPresent(hidden -> steps.record(hidden, AuthorNotices.HIDDEN, hidden.hiding().reason())));
    }

    @Transactional
    public FeedbackToModerate hide(SignedInPerson staff, String feedbackId, String reason) {
        var feedback = steps.moderatedBy(staff, feedbackId);
        var hidden = feedback.hide(staff.subject(), reason, steps.now());
        steps.record(hidden, AuthorNotices.HIDDEN, hidden.hiding().reason());
        steps.reviewed(feedback);
        return hidden.feedback();
    }

    @Transactional
    public FeedbackToModerate restore(SignedInPerson staff, String feedbackId, String reason) {
        var feedback = steps.moderatedBy(staff, feedbackId);
        var restored = feedback.restore(staff.subject(), reason, steps.now());
        steps.record(restored, AuthorNotices.RESTORED, restored.reason());
        steps.reviewed(feedback);
        return restored.feedback();
    }
}
