package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;

import java.util.Optional;

/** Anyone signed in follows an idea they may see, and may stop; both are idempotent. Returns whether they follow. */
@Singleton
public class IdeaFollowing {

    private final IdeaSteps steps;
    private final Following following;

    IdeaFollowing(IdeaSteps steps, Following following) {
        this.steps = steps;
        this.following = following;
    }

    @Transactional
    public boolean follow(SignedInPerson person, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(person), ideaId);
        following.follow(idea, person.subject(), steps.now());
        return true;
    }

    @Transactional
    public boolean unfollow(SignedInPerson person, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(person), ideaId);
        following.unfollow(idea, person.subject(), steps.now());
        return false;
    }
}
