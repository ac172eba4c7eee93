package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.time.LocalDate;
import java.util.List;

/** The sightings each association recorded, one per volunteer and kind of role; a renewal replaces the last. */
public interface Sightings {

    /** Stores a new sighting, replacing the one for the same volunteer and role with its reminders. */
    void save(Sighting sighting);

    List<Sighting> of(AssociationId association);

    /**
     * Sightings with a warning or an expiry due on {@code day} and not sent yet (as {@link Sighting#reminderDueOn}
     * decides), locked for this transaction, at most {@code limit}.
     */
    List<Sighting> dueOn(LocalDate day, int limit);

    void markReminded(Sighting sighting);
}
