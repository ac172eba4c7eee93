package no.samskap.contract.events;

import java.time.Instant;

/** A person who held seats cancelled their registration. On the attendance topic only, as {@link AttendeeRegistered}. */
public record AttendeeUnregistered(String eventId, String registrationId, String personId, Instant cancelledAt) {
}
