package no.samskap.contract.events;

import java.time.Instant;

/** A registration was cancelled; {@code wasConfirmed} tells whether it held seats or was waiting. */
public record RegistrationCancelled(String eventId, String registrationId, int places, boolean wasConfirmed,
                                    Seats seats, Instant cancelledAt) {
}
