package no.samskap.gateway.shell.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.platform.problem.ProblemException;

import java.time.Clock;
import java.util.UUID;

/**
 * The signed-in person's one feed and their marking it read, which the gateway keeps itself (ADR 0024). Whose feed
 * it is comes from the sign-in, never the request; nothing here may be cached anywhere.
 */
@Controller("/api/me/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class FeedApiController {

    private static final String NO_STORE = "no-store";

    @Serdeable
    record MarkRead(@Nullable String upTo, @Nullable Boolean all) {
    }

    @Serdeable
    record Unread(int unreadCount) {
    }

    private final Feeds feeds;
    private final Clock clock;

    FeedApiController(Feeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Feeds.Feed> feed(Authentication authentication) {
        return HttpResponse.ok(feeds.of(SignedInSubject.of(authentication))).header("Cache-Control", NO_STORE);
    }

    /** {@code {"upTo": "<notification id>"}} marks that entry and every older one; {@code {"all": true}} all. */
    @Post("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Unread> markRead(Authentication authentication, @Body MarkRead request) {
        var personId = SignedInSubject.of(authentication);
        var all = Boolean.TRUE.equals(request.all());
        if (all == (request.upTo() != null)) {
            throw ProblemException.invalidField("upTo", "give either upTo, a notification id, or all: true");
        }
        var unread = all ? feeds.markAllRead(personId, clock.instant())
            : feeds.markReadUpTo(personId, notificationId(request.upTo()), clock.instant());
        if (unread < 0) {
            throw ProblemException.invalidField("upTo", "is not a notification in your feed");
        }
        return HttpResponse.ok(new Unread(unread)).header("Cache-Control", NO_STORE);
    }

    private static UUID notificationId(String upTo) {
        try {
            return UUID.fromString(upTo);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.invalidField("upTo", "is not a notification in your feed");
        }
    }
}
