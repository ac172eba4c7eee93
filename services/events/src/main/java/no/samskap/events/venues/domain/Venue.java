package no.samskap.events.venues.domain;

import no.samskap.contract.MunicipalityNumber;

import java.time.Instant;
import java.util.UUID;

/** A place in the municipality where events happen and whose rooms may be lent to associations. */
public record Venue(UUID id, MunicipalityNumber municipality, VenueDescription description, Instant describedAt,
                    long version) {

    public static Venue create(UUID id, MunicipalityNumber municipality, VenueDescription description, Instant at) {
        return new Venue(id, municipality, description, at, 0);
    }

    public Venue describe(VenueDescription changed, Instant at) {
        return new Venue(id, municipality, changed, at, version);
    }
}
