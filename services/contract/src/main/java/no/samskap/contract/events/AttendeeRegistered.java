package no.samskap.contract.events;

import java.time.Instant;

/**
 * A person holds seats at the event: their registration was confirmed or promoted from the waitlist. On the
 * attendance topic only, which the feedback service alone reads to know who may give feedback; {@code personId} is
 * the registrant's subject id and nothing more about them travels.
 */
public record AttendeeRegistered(String eventId, String registrationId, String personId, Instant registeredAt) {
}
