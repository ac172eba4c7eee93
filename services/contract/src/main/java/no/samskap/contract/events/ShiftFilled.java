package no.samskap.contract.events;

import java.time.Instant;

/** Every place on the shift is taken; later sign-ups wait. */
public record ShiftFilled(String eventId, String shiftId, int needed, Instant filledAt) {
}
