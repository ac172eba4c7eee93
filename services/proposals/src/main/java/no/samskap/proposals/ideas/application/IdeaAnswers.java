package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.InvalidIdeaException;

import java.time.LocalDate;

/**
 * Staff assess ideas with a committed response date, move that date with a reason, answer them officially, and mark
 * them realised.
 */
@Singleton
public class IdeaAnswers {

    private final IdeaSteps steps;

    IdeaAnswers(IdeaSteps steps) {
        this.steps = steps;
    }

    @Transactional
    public Idea startAssessment(SignedInPerson staff, String ideaId, LocalDate respondBy) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        return steps.record(idea.startAssessment(new Actor(staff.subject()), respondBy, steps.today(), steps.now(),
            IdeaSteps.newEventId()));
    }

    /** {@code respondBy} comes as typed, so a date that is no date is refused naming its field like a past one. */
    @Transactional
    public Idea changeResponseDate(SignedInPerson staff, String ideaId, String respondBy, String reason) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        return steps.record(idea.changeResponseDate(new Actor(staff.subject()), TypedDates.parse("respondBy", respondBy), reason, steps.today(),
            steps.now(), IdeaSteps.newEventId()));
    }

    @Transactional
    public Idea answer(SignedInPerson staff, String ideaId, String outcome, String answer) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        return steps.record(idea.answer(new Actor(staff.subject()), outcomeOf(outcome), answer, steps.now(),
            IdeaSteps.newEventId()));
    }

    @Transactional
    public Idea realise(SignedInPerson staff, String ideaId, String culturalEventId) {
        var idea = IdeaAccess.requireStaffOf(staff, steps.load(ideaId));
        return steps.record(idea.realise(new Actor(staff.subject()), culturalEventId, steps.now(), IdeaSteps.newEventId()));
    }

    private static IdeaStatus outcomeOf(String code) {
        try {
            var status = IdeaStatus.fromCode(code == null ? "" : code);
            if (status.isAnswer()) {
                return status;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below with the field named
        }
        throw new InvalidIdeaException("outcome", "must be accepted, not-possible or already-exists");
    }
}
