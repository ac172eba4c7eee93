package no.samskap.organisations.hours.domain;

import java.time.Instant;

/** What happened to logged hours; the application hands each to the outbox. */
public sealed interface HoursEvent {

    HoursEntry entry();

    Instant occurredAt();

    record Logged(HoursEntry entry, Instant occurredAt) implements HoursEvent {
    }

    record Approved(HoursEntry entry, Instant occurredAt) implements HoursEvent {
    }

    record Rejected(HoursEntry entry, Instant occurredAt) implements HoursEvent {
    }
}
