package no.samskap.organisations.volunteers.domain;

import java.time.Instant;

/** What happened to a volunteer profile; the application hands each to the outbox. */
public sealed interface VolunteerEvent {

    VolunteerProfile profile();

    Instant occurredAt();

    record Registered(VolunteerProfile profile, Instant occurredAt) implements VolunteerEvent {
    }

    record Updated(VolunteerProfile profile, Instant occurredAt) implements VolunteerEvent {
    }

    record Withdrawn(VolunteerProfile profile, Instant occurredAt) implements VolunteerEvent {
    }
}
