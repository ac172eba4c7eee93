package no.samskap.events.shifts.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.shifts.domain.Shift;
import no.samskap.platform.security.SignedInPerson;

/** Who leads a shift: its team leader and the event's organisers. They see its sign-ups and check volunteers in. */
@Singleton
public class ShiftRights {

    private final EventRights events;

    ShiftRights(EventRights events) {
        this.events = events;
    }

    /** The shift's event if the person leads the shift; 404 for a draft they cannot see, 403 otherwise. */
    public Event led(Shift shift, SignedInPerson person) {
        var event = events.existing(shift.eventId().toString());
        if (shift.isLedBy(person.subject()) || events.organises(event, person)) {
            return event;
        }
        if (event.status() == EventStatus.DRAFT) {
            throw Refusal.notFound("no shift " + shift.id());
        }
        throw Refusal.forbidden("only the shift's team leader and the event's organisers may do this");
    }
}
