package no.samskap.events.events.application;

import no.samskap.contract.MunicipalityNumber;

import java.util.UUID;

/** What the events service knows of associations, copied from the organisations service's messages. */
public interface Partners {

    /** Whether the association is registered in the municipality and verified by its staff. */
    boolean isVerifiedIn(UUID associationId, MunicipalityNumber municipality);

    boolean isAdmin(UUID associationId, String personId);
}
