package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Idea;

/** The municipality's moderators publish held ideas or reject them with a reason the author sees. */
@Singleton
public class IdeaModeration {

    private final IdeaSteps steps;

    IdeaModeration(IdeaSteps steps) {
        this.steps = steps;
    }

    @Transactional
    public Idea publish(SignedInPerson moderator, String ideaId) {
        var idea = IdeaAccess.requireStaffOf(moderator, steps.load(ideaId));
        return steps.record(idea.publish(new Actor(moderator.subject()), steps.now(), IdeaSteps.newEventId()));
    }

    @Transactional
    public Idea reject(SignedInPerson moderator, String ideaId, String reason) {
        var idea = IdeaAccess.requireStaffOf(moderator, steps.load(ideaId));
        return steps.record(idea.reject(new Actor(moderator.subject()), reason, steps.now(), IdeaSteps.newEventId()));
    }
}
