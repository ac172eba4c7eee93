package no.samskap.feedback.moderation.application;

import jakarta.inject.Singleton;
import no.samskap.feedback.answers.application.Answering;
import no.samskap.feedback.answers.application.AuthorNotices;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.moderation.domain.FeedbackReports;
import no.samskap.feedback.moderation.domain.FeedbackToModerate;
import no.samskap.feedback.moderation.domain.ModeratedFeedback;
import no.samskap.feedback.moderation.domain.ModerationEvent;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.Instant;

/**
 * What every moderation step does: find the feedback as the person may see it, and record a change (saved, published
 * and told to the author in one transaction). Hidden feedback is seen by its author and the municipality's staff
 * only; to anyone else it does not exist.
 */
@Singleton
class ModerationSteps {

    private final ModeratedFeedback feedback;
    private final FeedbackReports reports;
    private final ModerationMessages messages;
    private final AuthorNotices notices;
    private final Clock clock;

    ModerationSteps(ModeratedFeedback feedback, FeedbackReports reports, ModerationMessages messages,
                    AuthorNotices notices, Clock clock) {
        this.feedback = feedback;
        this.reports = reports;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    FeedbackToModerate visibleTo(SignedInPerson person, String feedbackId) {
        var found = Answering.parse(feedbackId).flatMap(feedback::lock)
            .orElseThrow(() -> Refusal.notFound("no feedback " + feedbackId));
        if (found.isHidden() && !found.isBy(person.subject()) && !person.isStaffOf(found.municipality())) {
            throw Refusal.notFound("no feedback " + feedbackId);
        }
        return found;
    }

    FeedbackToModerate moderatedBy(SignedInPerson staff, String feedbackId) {
        var found = visibleTo(staff, feedbackId);
        if (!staff.isStaffOf(found.municipality())) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "staff-only", null,
                "only the staff of the feedback's municipality may moderate it");
        }
        return found;
    }

    /** Saves and publishes the change; the author is told with {@code kind} unless it only follows a block. */
    <E extends ModerationEvent> E record(E event, String kind, String note) {
        feedback.save(event);
        messages.publish(event);
        if (kind != null) {
            tell(event.feedback(), kind, note, event.occurredAt());
        }
        return event;
    }

    void tell(FeedbackToModerate about, String kind, String note, Instant at) {
        notices.tell(about.municipality(), about.authorId(), about.id(), about.title(), kind, note, at);
    }

    /** A moderator's review deals with the reports so far. */
    void reviewed(FeedbackToModerate reviewed) {
        reports.closeOpenReports(reviewed.id());
    }
}
