package no.samskap.organisations.associations.application;

import no.samskap.organisations.associations.domain.AssociationEvent;

/** Where the association's domain events go: the outbox, in the transaction of the change. */
public interface AssociationMessages {

    void publish(AssociationEvent event);
}
