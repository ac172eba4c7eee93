package no.samskap.feedback.answers.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.answers.domain.AnswerEvent;
import no.samskap.feedback.answers.domain.Answers;
import no.samskap.feedback.answers.domain.FeedbackToAnswer;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff of the feedback's municipality answer it, publicly or to the author only, and move the date they
 * committed to answer by. Nobody else may: they are refused and nothing changes. The author is told on their feed;
 * the text of a private answer stays in this service.
 */
@Singleton
public class Answering {

    private final Answers answers;
    private final AnswerMessages messages;
    private final AuthorNotices notices;
    private final Clock clock;

    Answering(Answers answers, AnswerMessages messages, AuthorNotices notices, Clock clock) {
        this.answers = answers;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public AnswerEvent.Answered answer(SignedInPerson staff, String feedbackId, String text, Boolean publicAnswer) {
        var feedback = answerableBy(staff, feedbackId);
        var answered = feedback.answer(staff.subject(), text, publicAnswer, clock.instant());
        record(answered);
        answers.save(answered);
        tell(answered, AuthorNotices.ANSWERED, "");
        return answered;
    }

    @Transactional
    public AnswerEvent.ResponseDateChanged changeResponseDate(SignedInPerson staff, String feedbackId, LocalDate respondBy,
                                               String reason) {
        var feedback = answerableBy(staff, feedbackId);
        var changed = feedback.moveResponseDate(staff.subject(), respondBy, reason, clock.instant());
        record(changed);
        answers.save(changed);
        tell(changed, AuthorNotices.RESPONSE_DATE_CHANGED, changed.reason());
        return changed;
    }

    private void record(AnswerEvent event) {
        messages.publish(event);
    }

    private void tell(AnswerEvent event, String kind, String note) {
        var feedback = event.feedback();
        notices.tell(feedback.municipality(), feedback.authorId(), feedback.id(), feedback.title(), kind, note,
            event.occurredAt());
    }

    private FeedbackToAnswer answerableBy(SignedInPerson staff, String feedbackId) {
        var feedback = parse(feedbackId).flatMap(answers::lock)
            .orElseThrow(() -> Refusal.notFound("no feedback " + feedbackId));
        if (!staff.isStaffOf(feedback.municipality())) {
            throw Refusal.rule(Refusal.Kind.FORBIDDEN, "staff-only", null,
                "only the staff of the feedback's municipality may answer it");
        }
        return feedback;
    }

    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
