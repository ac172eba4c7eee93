package no.samskap.feedback.attendance.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.events.EventsMessages;
import no.samskap.feedback.attendance.application.AttendanceRecords;
import no.samskap.platform.consumption.HandlersByType;

import java.util.UUID;

/** Counts volunteers checked in for a shift as having attended the event (ADR 0033). */
@Singleton
class ShiftWorkersFromEventsService extends EventsServiceTopic {

    ShiftWorkersFromEventsService(AttendanceRecords records) {
        super(records);
    }

    @Override
    public AggregateType source() {
        return EventsMessages.SHIFT;
    }

    @Override
    HandlersByType.Builder handlers(HandlersByType.Builder builder) {
        return builder
            .on(EventsMessages.SHIFT_CHECKED_IN, (envelope, checkedIn) -> records.workedShift(
                UUID.fromString(checkedIn.eventId()), checkedIn.shiftId(), checkedIn.volunteerId(),
                checkedIn.checkedInAt()));
    }

    @Override
    public void forgetEverything() {
        records.forgetShifts();
    }
}
