package no.samskap.events.registrations.application;

import no.samskap.events.registrations.domain.Registration;

import java.time.Instant;

/**
 * Who holds seats and who came, naming the registrant, for the feedback service alone (ADR 0033): the outbox, in the
 * transaction of the change.
 */
public interface AttendanceMessages {

    void seated(Registration registration, Instant at);

    void unseated(Registration registration, Instant at);

    void checkedIn(Registration registration);
}
