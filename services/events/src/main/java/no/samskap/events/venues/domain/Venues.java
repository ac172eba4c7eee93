package no.samskap.events.venues.domain;

import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where venues are kept. {@code update} fails with an optimistic lock error when the version moved on. */
public interface Venues {

    Venue add(Venue venue);

    Venue update(Venue venue);

    Optional<Venue> find(UUID id);

    List<Venue> inMunicipality(MunicipalityNumber municipality);
}
