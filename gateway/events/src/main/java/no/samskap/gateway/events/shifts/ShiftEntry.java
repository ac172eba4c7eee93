package no.samskap.gateway.events.shifts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A volunteer shift as anyone may see it: what it is, when, and how many places are left. */
@Serdeable
public record ShiftEntry(String id, String eventId, String role, Instant startsAt, Instant endsAt, int needed,
                         int filled, @Nullable Integer minimumAge, boolean attestRequired) {

    public int placesLeft() {
        return Math.max(needed - filled, 0);
    }
}
