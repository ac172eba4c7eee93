package no.samskap.events.shifts.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftChanged;
import no.samskap.contract.events.ShiftCheckedIn;
import no.samskap.contract.events.ShiftCreated;
import no.samskap.contract.events.ShiftFilled;
import no.samskap.contract.events.ShiftLeft;
import no.samskap.contract.events.ShiftSignedUp;
import no.samskap.events.shifts.application.ShiftMessages;
import no.samskap.events.shifts.domain.Shift;
import no.samskap.events.shifts.domain.ShiftEvent;
import no.samskap.events.shifts.domain.SignUp;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;

/**
 * Turns a shift's domain events into messages keyed by the event's id, so one event's shifts stay in order. They name
 * volunteers by subject id only; absences never leave the service.
 */
@Singleton
class OutboxShiftMessages implements ShiftMessages {

    private static final MessageMapping<ShiftEvent> MESSAGES = MessageMapping.of(ShiftEvent.class)
        .on(ShiftEvent.Created.class, created -> message(created, EventsMessages.SHIFT_CREATED,
            new ShiftCreated(event(created), shift(created), created.shift().role(), created.shift().startsAt(),
                created.shift().endsAt(), created.shift().needed(), created.shift().minimumAge(),
                created.shift().attestRequired(), created.occurredAt())))
        .on(ShiftEvent.SignedUp.class, signedUp -> message(signedUp, EventsMessages.SHIFT_SIGNED_UP,
            new ShiftSignedUp(event(signedUp), shift(signedUp), signedUp.signUp().volunteerId(),
                association(signedUp.signUp()), signedUp.signUp().waiting(), signedUp.filled(),
                signedUp.shift().needed(), signedUp.occurredAt())))
        .on(ShiftEvent.Filled.class, filled -> message(filled, EventsMessages.SHIFT_FILLED,
            new ShiftFilled(event(filled), shift(filled), filled.shift().needed(), filled.occurredAt())))
        .on(ShiftEvent.Left.class, left -> message(left, EventsMessages.SHIFT_LEFT,
            new ShiftLeft(event(left), shift(left), left.left().volunteerId(),
                Optional.ofNullable(left.movedIn()).map(SignUp::volunteerId).orElse(null), left.filled(),
                left.shift().needed(), left.occurredAt())))
        .on(ShiftEvent.Changed.class, changed -> message(changed, EventsMessages.SHIFT_CHANGED,
            new ShiftChanged(event(changed), shift(changed), changed.shift().role(), changed.shift().startsAt(),
                changed.shift().endsAt(), changed.shift().needed(), changed.filled(),
                changed.movedIn().stream().map(SignUp::volunteerId).toList(), changed.occurredAt())))
        .on(ShiftEvent.CheckedIn.class, checkedIn -> message(checkedIn, EventsMessages.SHIFT_CHECKED_IN,
            new ShiftCheckedIn(event(checkedIn), shift(checkedIn), checkedIn.signUp().volunteerId(),
                association(checkedIn.signUp()), checkedIn.shift().role(), checkedIn.shift().startsAt(),
                checkedIn.shift().endsAt(), checkedIn.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxShiftMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ShiftEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static String event(ShiftEvent event) {
        return event.shift().eventId().toString();
    }

    private static String shift(ShiftEvent event) {
        return event.shift().id().toString();
    }

    private static String association(SignUp signUp) {
        return signUp.associationId() == null ? null : signUp.associationId().toString();
    }

    private static <P> OutgoingMessage<P> message(ShiftEvent event, MessageType<P> type, P payload) {
        Shift shift = event.shift();
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(), shift.municipality().value(),
            event(event), payload);
    }
}
