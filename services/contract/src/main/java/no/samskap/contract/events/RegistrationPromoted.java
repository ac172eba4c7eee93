package no.samskap.contract.events;

import java.time.Instant;

/** Seats came free and a waiting registration got them; the person is told by the events service. */
public record RegistrationPromoted(String eventId, String registrationId, int places, Seats seats,
                                   Instant promotedAt) {
}
