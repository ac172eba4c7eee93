package no.samskap.events.registrations.application;

/** Someone the organisers let in without a registration: their id, their name, and companions (none when null). */
public record WalkIn(String personId, String displayName, Integer companions) {
}
