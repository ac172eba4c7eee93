package no.samskap.contract.events;

import java.time.Instant;

/** The event was full: the registration waits at {@code position} (1 is next). No person is named. */
public record RegistrationWaitlisted(String eventId, String registrationId, int places, int position, Seats seats,
                                     Instant waitlistedAt) {
}
