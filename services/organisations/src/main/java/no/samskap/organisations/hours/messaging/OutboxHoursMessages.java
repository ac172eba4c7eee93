package no.samskap.organisations.hours.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.HoursApproved;
import no.samskap.contract.organisations.HoursLogged;
import no.samskap.contract.organisations.HoursRejected;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.organisations.hours.application.HoursMessages;
import no.samskap.organisations.hours.domain.EventShift;
import no.samskap.organisations.hours.domain.HoursEntry;
import no.samskap.organisations.hours.domain.HoursEvent;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Turns logged hours' domain events into messages; the volunteer's note and a rejection's reason stay here. */
@Singleton
class OutboxHoursMessages implements HoursMessages {

    private static final MessageMapping<HoursEvent> MESSAGES = MessageMapping.of(HoursEvent.class)
        .on(HoursEvent.Logged.class, logged -> message(logged, OrganisationsMessages.HOURS_LOGGED,
            new HoursLogged(id(logged), offerOf(logged), associationOf(logged.entry()),
                logged.entry().volunteerId(), logged.entry().date(), logged.entry().hours(), logged.entry().role(),
                logged.occurredAt(), shiftOf(logged.entry(), EventShift::eventId),
                shiftOf(logged.entry(), EventShift::shiftId))))
        .on(HoursEvent.Approved.class, approved -> message(approved, OrganisationsMessages.HOURS_APPROVED,
            new HoursApproved(id(approved), offerOf(approved), associationOf(approved.entry()),
                approved.entry().volunteerId(), approved.entry().date(), approved.entry().hours(),
                approved.entry().decision().by(), approved.occurredAt())))
        .on(HoursEvent.Rejected.class, rejected -> message(rejected, OrganisationsMessages.HOURS_REJECTED,
            new HoursRejected(id(rejected), offerOf(rejected), associationOf(rejected.entry()),
                rejected.entry().volunteerId(), rejected.entry().date(), rejected.entry().hours(),
                rejected.entry().decision().by(), rejected.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxHoursMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(HoursEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static String id(HoursEvent event) {
        return event.entry().id().toString();
    }

    private static String offerOf(HoursEvent event) {
        return Optional.ofNullable(event.entry().offerId()).map(UUID::toString).orElse(null);
    }

    private static String shiftOf(HoursEntry entry, Function<EventShift, UUID> id) {
        return Optional.ofNullable(entry.shift()).map(id).map(UUID::toString).orElse(null);
    }

    private static String associationOf(HoursEntry entry) {
        return entry.associationId() == null ? null : entry.associationId().toString();
    }

    private static <P> OutgoingMessage<P> message(HoursEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(),
            event.entry().municipality().value(), id(event), payload);
    }
}
