package no.samskap.feedback.attendance.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.attendance.application.AttendanceRecords;
import no.samskap.platform.consumption.HandlersByType;

import java.util.UUID;

/** Keeps who held seats at each event and who was checked in, from the attendance topic (ADR 0033). */
@Singleton
class AttendeesFromEventsService extends EventsServiceTopic {

    AttendeesFromEventsService(AttendanceRecords records) {
        super(records);
    }

    @Override
    public AggregateType source() {
        return EventsMessages.ATTENDANCE;
    }

    @Override
    HandlersByType.Builder handlers(HandlersByType.Builder builder) {
        return builder
            .on(EventsMessages.ATTENDEE_REGISTERED, (envelope, registered) -> records.registered(
                UUID.fromString(registered.eventId()), registered.registrationId(), registered.personId(),
                registered.registeredAt()))
            .on(EventsMessages.ATTENDEE_UNREGISTERED, (envelope, unregistered) -> records.unregistered(
                UUID.fromString(unregistered.eventId()), unregistered.registrationId(), unregistered.personId(),
                unregistered.cancelledAt()))
            .on(EventsMessages.ATTENDEE_CHECKED_IN, (envelope, checkedIn) -> records.checkedIn(
                UUID.fromString(checkedIn.eventId()), checkedIn.registrationId(), checkedIn.personId(),
                checkedIn.checkedInAt()));
    }

    @Override
    public void forgetEverything() {
        records.forgetRegistrations();
    }
}
