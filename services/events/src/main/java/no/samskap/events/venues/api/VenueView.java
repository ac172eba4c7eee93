package no.samskap.events.venues.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.venues.domain.Venue;

import java.time.Instant;
import java.util.List;

/** A venue as anyone may see it. */
@Serdeable
public record VenueView(String id, String municipality, String name, String address, @Nullable Integer capacity,
                        List<String> accessibility, boolean lent, Instant describedAt, long version) {

    static VenueView of(Venue venue) {
        var d = venue.description();
        return new VenueView(venue.id().toString(), venue.municipality().value(), d.name(), d.address(),
            d.capacity(), d.accessibility(), d.lent(), venue.describedAt(), venue.version());
    }
}
