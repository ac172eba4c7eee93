package no.samskap.events.registrations.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventLifecycleListener;
import no.samskap.events.events.domain.Event;
import no.samskap.events.registrations.domain.Registrations;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What an event's turns mean for its registrations: when it is cancelled every registrant is told; its capacity may
 * not drop below the seats confirmed, and seats it gains go to those waiting at once.
 */
@Singleton
class RegistrationLifecycle implements EventLifecycleListener {

    private final Registrations registrations;
    private final SeatChanges changes;
    private final RegistrantNotices notices;
    private final Clock clock;

    RegistrationLifecycle(Registrations registrations, SeatChanges changes, RegistrantNotices notices, Clock clock) {
        this.registrations = registrations;
        this.changes = changes;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void cancelled(Event event, String reason, Instant at) {
        registrations.active(event.id()).forEach(registration ->
            notices.eventCancelled(event, registration, reason, at));
    }

    @Override
    public void describing(Event before, Event after) {
        var capacity = after.description().capacity();
        if (Objects.equals(before.description().capacity(), capacity)) {
            return;
        }
        var promoted = registrations.seatPlan(before.id(), before.description().capacity())
            .resize(capacity, clock.instant());
        changes.changed(after, promoted);
    }
}
