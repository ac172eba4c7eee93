package no.samskap.contract.events;

import java.time.Instant;

/** The event will not take place; {@code reason} is the organisers' public explanation. Registrants are told. */
public record EventCancelled(String eventId, String reason, String cancelledBy, Instant cancelledAt) {
}
