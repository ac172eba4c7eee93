package no.samskap.organisations.hours.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.events.EventsMessages;
import no.samskap.contract.events.ShiftCheckedIn;
import no.samskap.organisations.hours.application.HoursFromShifts;
import no.samskap.organisations.hours.domain.EventShift;
import no.samskap.organisations.hours.domain.ShiftWork;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/** Turns the events service's check-ins of volunteers into logged hours on their record of work. */
@Singleton
class ShiftsCheckedIn implements MessageHandler {

    private final HoursFromShifts hours;
    private final HandlersByType handlers;

    ShiftsCheckedIn(HoursFromShifts hours) {
        this.hours = hours;
        this.handlers = HandlersByType.of(EventsMessages.SHIFT)
            .on(EventsMessages.SHIFT_CHECKED_IN, this::checkedIn)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    /** Nothing to forget: the hours are this service's own record, and a replayed check-in finds them logged. */
    @Override
    public void forgetEverything() {
    }

    private void checkedIn(Envelope envelope, ShiftCheckedIn checkedIn) {
        var shift = new EventShift(UUID.fromString(checkedIn.eventId()), UUID.fromString(checkedIn.shiftId()));
        hours.checkedIn(new MunicipalityNumber(envelope.municipality()),
            new ShiftWork(shift, checkedIn.role(), checkedIn.startsAt(), checkedIn.endsAt()),
            checkedIn.volunteerId(), checkedIn.associationId());
    }
}
