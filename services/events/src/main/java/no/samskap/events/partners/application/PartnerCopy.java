package no.samskap.events.partners.application;

import java.time.LocalDate;
import java.util.UUID;

/** The copy of associations, their members and volunteers' sightings that the organisations service's messages keep. */
public interface PartnerCopy {

    void registered(UUID association, String municipality, String name);

    void renamed(UUID association, String name);

    void verified(UUID association);

    void member(UUID association, String personId, String role);

    void noLongerMember(UUID association, String personId);

    void sighted(UUID association, String volunteerId, String role, LocalDate validUntil);

    void expired(UUID association, String volunteerId, String role);

    void forgetAssociations();

    void forgetSightings();
}
