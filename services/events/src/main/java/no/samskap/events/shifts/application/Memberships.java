package no.samskap.events.shifts.application;

import java.util.UUID;

/** Whether a person belongs to an association, as the organisations service's messages say. */
public interface Memberships {

    boolean isMember(UUID associationId, String personId);
}
