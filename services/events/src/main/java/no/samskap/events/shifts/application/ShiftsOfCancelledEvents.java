package no.samskap.events.shifts.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventLifecycleListener;
import no.samskap.events.events.domain.Event;
import no.samskap.events.shifts.domain.Shifts;

import java.time.Instant;

/** When an event is cancelled, everyone signed up for one of its shifts, waiting or not, is told with the reason. */
@Singleton
class ShiftsOfCancelledEvents implements EventLifecycleListener {

    private final Shifts shifts;
    private final ShiftNotices notices;

    ShiftsOfCancelledEvents(Shifts shifts, ShiftNotices notices) {
        this.shifts = shifts;
        this.notices = notices;
    }

    @Override
    public void cancelled(Event event, String reason, Instant at) {
        shifts.ofEvent(event.id()).forEach(roster -> roster.signUps().forEach(signUp ->
            notices.eventCancelled(event, roster.shift(), signUp, reason, at)));
    }
}
