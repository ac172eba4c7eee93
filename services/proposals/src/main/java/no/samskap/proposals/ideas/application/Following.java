package no.samskap.proposals.ideas.application;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Follows;
import no.samskap.proposals.ideas.domain.Idea;

import java.time.Instant;

/**
 * Every change of who follows an idea, explicit or automatic, stored and published in the caller's transaction; a
 * follow that changes nothing publishes nothing.
 */
@Singleton
class Following {

    private final Follows follows;
    private final IdeaMessages messages;

    Following(Follows follows, IdeaMessages messages) {
        this.follows = follows;
        this.messages = messages;
    }

    void follow(Idea idea, String personId, Instant now) {
        if (follows.follow(idea.id(), personId, now)) {
            messages.publishFollowed(idea, personId, now);
        }
    }

    void unfollow(Idea idea, String personId, Instant now) {
        if (follows.unfollow(idea.id(), personId, now)) {
            messages.publishUnfollowed(idea, personId, now);
        }
    }

    /** As the author or a supporter: follows unless the person followed or unfollowed this idea before. */
    void followAutomatically(Idea idea, String personId, Instant now) {
        if (follows.followAutomatically(idea.id(), personId, now)) {
            messages.publishFollowed(idea, personId, now);
        }
    }
}
