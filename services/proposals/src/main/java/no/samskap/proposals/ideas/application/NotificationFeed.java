package no.samskap.proposals.ideas.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;
import java.util.OptionalLong;

/** A person's own notifications; there is no way to name anyone else's. */
@Singleton
public class NotificationFeed {

    static final int MAX_LIMIT = 100;

    public record Page(List<Notification> notifications, String next, int unreadCount) {
    }

    private final Notifications notifications;
    private final IdeaSteps steps;
    NotificationFeed(Notifications notifications, IdeaSteps steps) {
        this.notifications = notifications;
        this.steps = steps;
    }

    /** {@code after} is the {@code next} cursor of the previous page; {@code next} is null on the last page. */
    @Transactional(readOnly = true)
    public Page page(SignedInPerson person, int limit, String after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        var found = notifications.page(person.subject(), cursor(after), limit + 1);
        var page = found.subList(0, Math.min(limit, found.size()));
        var next = found.size() > limit ? Long.toString(page.get(page.size() - 1).id()) : null;
        return new Page(page, next, notifications.unreadCount(person.subject()));
    }

    /**
     * Marks the person's notifications up to and including {@code upTo}, or all of them, in this service's own copy;
     * returns the unread left. The read state people see lives with the one feed in the gateway (ADR 0024).
     */
    @Transactional
    public int markRead(SignedInPerson person, Long upTo, boolean all) {
        if (all == (upTo != null)) {
            throw ProblemException.invalidField("upTo", "give either upTo, a notification id, or all: true");
        }
        var now = steps.now();
        var through = all ? notifications.newestId(person.subject()) : OptionalLong.of(upTo);
        through.ifPresent(id -> notifications.markReadUpTo(person.subject(), id, now));
        return notifications.unreadCount(person.subject());
    }

    private static OptionalLong cursor(String after) {
        if (after == null || after.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            var id = Long.parseLong(after);
            if (id > 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException notANumber) {
            // answered below like any other bogus cursor
        }
        throw ProblemException.invalidField("after", "is not a cursor this feed gave out");
    }
}
