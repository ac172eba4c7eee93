package no.samskap.proposals.ideas.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.IdeaFollowing;

/** Following an idea is a resource of its own: PUT follows, DELETE stops; both idempotent. */
@Controller("/ideas/{id}/follow")
@Secured(SecurityRule.IS_AUTHENTICATED)
class FollowController {

    @Serdeable
    record Following(boolean following) {
    }

    private final IdeaFollowing following;

    FollowController(IdeaFollowing following) {
        this.following = following;
    }

    @Put
    Following follow(Authentication authentication, @PathVariable String id) {
        return new Following(following.follow(SignedInPerson.of(authentication), id));
    }

    @Delete
    Following unfollow(Authentication authentication, @PathVariable String id) {
        return new Following(following.unfollow(SignedInPerson.of(authentication), id));
    }
}
