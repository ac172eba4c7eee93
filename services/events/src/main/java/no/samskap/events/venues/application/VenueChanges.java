package no.samskap.events.venues.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.domain.Venue;
import no.samskap.events.venues.domain.VenueDescription;
import no.samskap.events.venues.domain.Venues;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The municipality's staff describe its venues; anyone may read them. Each change leaves as venue-described. */
@Singleton
public class VenueChanges {

    private final Venues venues;
    private final VenueMessages messages;
    private final Clock clock;

    VenueChanges(Venues venues, VenueMessages messages, Clock clock) {
        this.venues = venues;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Venue create(SignedInPerson person, VenueDescription description) {
        var municipality = new MunicipalityNumber(person.municipality());
        requireStaff(person, municipality);
        var stored = venues.add(Venue.create(UUID.randomUUID(), municipality, description, clock.instant()));
        messages.described(stored);
        return stored;
    }

    @Transactional
    public Venue describe(SignedInPerson person, String venueId, VenueDescription description) {
        var venue = existing(venueId);
        requireStaff(person, venue.municipality());
        var stored = venues.update(venue.describe(description, clock.instant()));
        messages.described(stored);
        return stored;
    }

    @ReadOnly
    public List<Venue> of(MunicipalityNumber municipality) {
        return venues.inMunicipality(municipality);
    }

    @ReadOnly
    public Venue existing(String venueId) {
        return Ids.parse(venueId).flatMap(venues::find)
            .orElseThrow(() -> Refusal.notFound("no venue " + venueId));
    }

    private static void requireStaff(SignedInPerson person, MunicipalityNumber municipality) {
        if (!person.isStaffOf(municipality.value())) {
            throw Refusal.forbidden("only the municipality's staff may describe its venues");
        }
    }
}
