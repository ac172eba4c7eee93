package no.samskap.proposals.ideas.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.ideas.application.Notification;
import no.samskap.proposals.ideas.application.NotificationFeed;

import java.time.Instant;
import java.util.List;

/** The caller's own notification feed; whose it is comes from the token, never from the request. */
@Controller("/me/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationController {

    @Serdeable
    record NotificationView(String id, String ideaId, String ideaTitle, String kind, String note, Instant createdAt,
                            Instant readAt) {
        static NotificationView of(Notification notification) {
            return new NotificationView(Long.toString(notification.id()), notification.ideaId().toString(),
                notification.ideaTitle(), notification.kind(), notification.note(), notification.createdAt(),
                notification.readAt());
        }
    }

    @Serdeable
    record FeedView(List<NotificationView> notifications, String next, int unreadCount) {
    }

    @Serdeable
    record MarkRead(@Nullable Long upTo, @Nullable Boolean all) {
    }

    @Serdeable
    record Unread(int unreadCount) {
    }

    private final NotificationFeed feed;

    NotificationController(NotificationFeed feed) {
        this.feed = feed;
    }

    @Get
    FeedView feed(Authentication authentication, @QueryValue(defaultValue = "20") String limit,
                  @Nullable @QueryValue String after) {
        var page = feed.page(SignedInPerson.of(authentication), parseLimit(limit), after);
        return new FeedView(page.notifications().stream().map(NotificationView::of).toList(), page.next(),
            page.unreadCount());
    }

    @Post("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    Unread markRead(Authentication authentication, @Body MarkRead request) {
        return new Unread(feed.markRead(SignedInPerson.of(authentication), request.upTo(),
            Boolean.TRUE.equals(request.all())));
    }

    /** Read as text so that {@code limit=abc} is answered as a bad limit, like {@code limit=0}. */
    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
