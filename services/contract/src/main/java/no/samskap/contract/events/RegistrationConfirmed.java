package no.samskap.contract.events;

import java.time.Instant;

/** A registration of {@code places} (the person and their companions) got seats. No person is named. */
public record RegistrationConfirmed(String eventId, String registrationId, int places, Seats seats,
                                    Instant confirmedAt) {
}
