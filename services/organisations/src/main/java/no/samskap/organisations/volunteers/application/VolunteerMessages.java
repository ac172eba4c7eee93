package no.samskap.organisations.volunteers.application;

import no.samskap.organisations.volunteers.domain.VolunteerEvent;

/** Where a volunteer profile's events go: the outbox, in the transaction of the change. */
public interface VolunteerMessages {

    void publish(VolunteerEvent event);
}
