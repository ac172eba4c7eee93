package no.samskap.organisations.help.application;

import no.samskap.organisations.help.domain.HelpEvent;

/** Where offers' and requests' domain events go: the outbox, in the transaction of the change. */
public interface HelpMessages {

    void publish(HelpEvent event);
}
