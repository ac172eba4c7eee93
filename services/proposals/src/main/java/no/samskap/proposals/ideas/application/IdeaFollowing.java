package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.domain.Follows;

import java.util.Optional;

/** Anyone signed in follows an idea they may see, and may stop; both are idempotent. Returns whether they follow. */
@Singleton
public class IdeaFollowing {

    private final IdeaSteps steps;
    private final Follows follows;

    IdeaFollowing(IdeaSteps steps, Follows follows) {
        this.steps = steps;
        this.follows = follows;
    }

    @Transactional
    public boolean follow(SignedInPerson person, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(person), ideaId);
        follows.follow(idea.id(), person.subject(), steps.now());
        return true;
    }

    @Transactional
    public boolean unfollow(SignedInPerson person, String ideaId) {
        var idea = steps.loadVisibleTo(Optional.of(person), ideaId);
        follows.unfollow(idea.id(), person.subject(), steps.now());
        return false;
    }
}
