package no.samskap.organisations.attests.application;

import no.samskap.organisations.attests.domain.AttestEvent;

/** Where a sighting's events go: the outbox, in the transaction of the change. */
public interface AttestMessages {

    void publish(AttestEvent event);
}
