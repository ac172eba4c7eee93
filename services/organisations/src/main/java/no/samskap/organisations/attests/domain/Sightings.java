package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.time.LocalDate;
import java.util.List;

/** The sightings each association recorded, one per volunteer and kind of role; a renewal replaces the last. */
public interface Sightings {

    /** Stores a new sighting, replacing the one for the same volunteer and role with its reminders. */
    void save(Sighting sighting);

    List<Sighting> of(AssociationId association);

    /** Sightings whose warning or expiry may be due on {@code day}, locked for this transaction, at most limit. */
    List<Sighting> possiblyDueOn(LocalDate day, int limit);

    void markReminded(Sighting sighting);
}
