package no.samskap.events.partners.application;

import java.time.LocalDate;

/** Whether a volunteer has a politiattest sighting that still holds on a day (the day before its valid-until). */
public interface Sightings {

    boolean holdsOn(String volunteerId, LocalDate day);
}
