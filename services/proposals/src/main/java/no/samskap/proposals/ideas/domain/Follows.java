package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.Set;

/** Who follows which idea. An explicit unfollow is remembered and wins over following automatically later. */
public interface Follows {

    /** Each returns whether it changed anything, so that only a real change is published. */
    boolean follow(IdeaId idea, String personId, Instant now);

    boolean unfollow(IdeaId idea, String personId, Instant now);

    /** Follows unless the person has followed or unfollowed this idea before. */
    boolean followAutomatically(IdeaId idea, String personId, Instant now);

    boolean isFollowing(IdeaId idea, String personId);

    Set<String> followersOf(IdeaId idea);
}
