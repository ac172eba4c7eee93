package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.AppealDecision;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaAppeal;
import no.samskap.proposals.ideas.domain.IdeaAppeals;
import no.samskap.proposals.ideas.domain.Timelines;

import java.util.Optional;

/**
 * The author of a hidden or rejected idea appeals once; a moderator other than the one who decided decides the
 * appeal, and an upheld appeal reverses the decision in the same transaction.
 */
@Singleton
public class IdeaAppealing {

    private final IdeaSteps steps;
    private final IdeaAppeals appeals;
    private final Timelines timelines;

    IdeaAppealing(IdeaSteps steps, IdeaAppeals appeals, Timelines timelines) {
        this.steps = steps;
        this.appeals = appeals;
        this.timelines = timelines;
    }

    @Transactional
    public Idea appeal(SignedInPerson author, String ideaId, String text) {
        var idea = steps.loadVisibleTo(Optional.of(author), ideaId);
        var lodged = IdeaAppeal.lodge(idea, new Actor(author.subject()), text, timelines.of(idea.id()),
            appeals.of(idea.id()), steps.now(), IdeaSteps.newEventId());
        if (!appeals.add(lodged.appeal())) {
            throw AppealDecision.appealedOnce("an idea");
        }
        steps.recordStep(lodged.domainEvent());
        return idea;
    }

    @Transactional
    public Idea decide(SignedInPerson moderator, String ideaId, boolean upheld, String reason) {
        var idea = IdeaAccess.requireStaffOf(moderator, steps.load(ideaId));
        var appeal = appeals.of(idea.id()).orElseThrow(() -> ProblemException.notFound("appeal", ideaId));
        var decided = appeal.decide(idea, new Actor(moderator.subject()), upheld, reason, steps.now(),
            IdeaSteps.newEventId(), IdeaSteps.newEventId());
        if (!appeals.decide(decided.appeal())) {
            throw AppealDecision.decidedOnce();
        }
        steps.recordStep(decided.domainEvent());
        return decided.reversal().map(steps::record).orElse(idea);
    }
}
