package no.samskap.feedback.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.feedback.feedback.application.ServiceUnits;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.ideas.domain.IdeaDraft;
import no.samskap.feedback.ideas.domain.IdeaOfFeedback;
import no.samskap.feedback.ideas.domain.IdeasOfFeedback;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Staff of the municipality make a piece of feedback an idea, with its author's consent, in one transaction that
 * locks the feedback first: the link, the message the proposals service makes the idea of, and the author's notice.
 */
@Singleton
public class IdeaTurning {

    private final AllFeedback feedback;
    private final IdeasOfFeedback ideas;
    private final ServiceUnits units;
    private final IdeaMessages messages;
    private final AuthorNotices notices;
    private final Clock clock;

    IdeaTurning(AllFeedback feedback, IdeasOfFeedback ideas, ServiceUnits units, IdeaMessages messages,
                AuthorNotices notices, Clock clock) {
        this.feedback = feedback;
        this.ideas = ideas;
        this.units = units;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public IdeaOfFeedback turn(SignedInPerson staff, String feedbackId, TurnIntoIdea command) {
        var turnedFrom = FeedbackId.parse(feedbackId).flatMap(feedback::findForUpdate)
            .orElseThrow(() -> Refusal.notFound("no feedback " + feedbackId));
        if (!staff.isStaffOf(turnedFrom.municipality().value())) {
            throw Refusal.forbidden("only the staff of municipality " + turnedFrom.municipality().value()
                + " may turn its feedback into an idea");
        }
        var turned = IdeaOfFeedback.turn(turnedFrom, ideas.of(turnedFrom.id()), draftIn(turnedFrom, command),
            staff.subject(), UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        ideas.add(turned.idea());
        messages.turned(turned);
        notices.turned(turnedFrom, turned.idea());
        return turned.idea();
    }

    private IdeaDraft draftIn(Feedback turnedFrom, TurnIntoIdea command) {
        var draft = IdeaDraft.of(command.title(), command.body(), command.serviceArea());
        if (!units.offers(turnedFrom.municipality(), draft.serviceArea())) {
            throw Refusal.rule(Refusal.Kind.UNPROCESSABLE, "unknown-unit", "serviceArea", "the municipality has no "
                + "service unit " + draft.serviceArea() + "; see GET /units?municipality="
                + turnedFrom.municipality().value());
        }
        return draft;
    }
}
