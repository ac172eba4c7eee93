package no.samskap.gateway.shell.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.signin.SignedInSubject;

import java.net.URI;
import java.time.Clock;

/** The feed section's "mark all as read" form on "Min side": answers by sending the person back to their page. */
@Controller("/meg/varsler")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MarkAllReadFormController {

    private final Feeds feeds;
    private final Clock clock;

    MarkAllReadFormController(Feeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Post("/lest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> markAllRead(Authentication authentication) {
        feeds.markAllRead(SignedInSubject.of(authentication), clock.instant());
        return HttpResponse.seeOther(URI.create("/meg?" + FeedSection.NOTICE_PARAMETER + "=lest#my-notifications"));
    }
}
