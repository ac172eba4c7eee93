package no.samskap.events.registrations.application;

import no.samskap.events.registrations.domain.RegistrationEvent;

/** Where registration changes go: the outbox, in the transaction of the change. */
public interface RegistrationMessages {

    void publish(RegistrationEvent change);
}
