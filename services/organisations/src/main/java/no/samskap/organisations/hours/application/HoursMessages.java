package no.samskap.organisations.hours.application;

import no.samskap.organisations.hours.domain.HoursEvent;

/** Where the domain events of logged hours go: the outbox, in the transaction of the change. */
public interface HoursMessages {

    void publish(HoursEvent event);
}
