package no.samskap.events.shifts.application;

import no.samskap.events.shifts.domain.ShiftEvent;

/** Where a shift's domain events go: the outbox, in the transaction of the change. */
public interface ShiftMessages {

    void publish(ShiftEvent event);
}
