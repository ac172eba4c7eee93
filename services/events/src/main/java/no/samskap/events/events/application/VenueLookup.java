package no.samskap.events.events.application;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.VenueFacts;

import java.util.Optional;
import java.util.UUID;

/** The municipality's venues, as an event copies them. */
public interface VenueLookup {

    Optional<VenueFacts> find(UUID venueId, MunicipalityNumber municipality);
}
