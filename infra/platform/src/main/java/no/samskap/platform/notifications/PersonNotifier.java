package no.samskap.platform.notifications;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.notifications.PersonNotified;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.UUID;

/**
 * Tells a person something on their one feed: any service calls it inside the transaction of the step it tells
 * about, and the notice leaves through the outbox with that step or not at all. The service's name comes from
 * {@code micronaut.application.name}, so no service can speak for another.
 */
@Singleton
public class PersonNotifier {

    private final Outbox outbox;
    private final String service;

    PersonNotifier(Outbox outbox, @Value("${micronaut.application.name}") String service) {
        this.outbox = outbox;
        this.service = service;
    }

    /** Returns the notification's id, which is also its message's id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID notify(Notice notice) {
        var id = UUID.randomUUID();
        outbox.append(new OutgoingMessage<>(NotificationsMessages.PERSON_NOTIFIED, id, notice.at(),
            notice.municipality(), notice.personId(), new PersonNotified(notice.personId(), id.toString(), service,
                notice.subject(), notice.kind(), notice.note(), notice.at())));
        return id;
    }
}
