package no.samskap.contract.notifications;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * The one feed every service tells people through, on {@code samskap.notifications.feed}, keyed by the person's
 * subject id so each person's entries stay in order. Services write it through the platform's person notifier.
 */
public final class NotificationsMessages {

    public static final AggregateType FEED = new AggregateType("notifications", "feed");

    public static final MessageType<PersonNotified> PERSON_NOTIFIED =
        new MessageType<>("person-notified", 1, FEED, PersonNotified.class);

    private NotificationsMessages() {
    }
}
