package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.venues.application.ApplyForRoom;
import no.samskap.events.venues.domain.VenueDescription;

import java.util.List;

/** The bodies of the venue and booking routes; the domain checks what the fields mean and names the one at fault. */
final class VenueRequests {

    private VenueRequests() {
    }

    @Serdeable
    record Describe(@Nullable String name, @Nullable String address, @Nullable Integer capacity,
                    @Nullable List<String> accessibility, @Nullable Boolean lent) {

        VenueDescription description() {
            return new VenueDescription(name, address, capacity, accessibility, Boolean.TRUE.equals(lent));
        }
    }

    @Serdeable
    record Apply(@Nullable String venueId, @Nullable String associationId, @Nullable String purpose,
                 @Nullable Boolean childrenAndYouth, @Nullable String startsAt, @Nullable String endsAt,
                 @Nullable String weekday, @Nullable String startTime, @Nullable String endTime,
                 @Nullable String fromDate, @Nullable String untilDate) {

        ApplyForRoom command() {
            return new ApplyForRoom(venueId, associationId, purpose, childrenAndYouth, startsAt, endsAt, weekday,
                startTime, endTime, fromDate, untilDate);
        }
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }
}
