package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.proposals.NotificationAdded;
import no.samskap.contract.proposals.NotificationsRead;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.application.NotificationMessages;

import java.time.Instant;
import java.util.UUID;

/**
 * Publishes each person's notification feed, keyed by the person, so that a read model can show a person their own
 * feed in order. The envelope's municipality is the idea's for an entry and the person's for marking read.
 */
@Singleton
class OutboxNotificationMessages implements NotificationMessages {

    private final Outbox outbox;

    OutboxNotificationMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishAdded(String municipality, NotificationAdded added) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.NOTIFICATION_ADDED, UUID.randomUUID(), added.addedAt(),
            municipality, added.personId(), added));
    }

    @Override
    public void publishRead(String municipality, String personId, long upTo, Instant now) {
        outbox.append(new OutgoingMessage<>(ProposalsMessages.NOTIFICATIONS_READ, UUID.randomUUID(), now, municipality,
            personId, new NotificationsRead(personId, upTo, now)));
    }
}
