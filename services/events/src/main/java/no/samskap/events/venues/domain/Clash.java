package no.samskap.events.venues.domain;

import java.util.UUID;

/** An approved booking that already takes the room at a time another booking asks for. */
public record Clash(UUID bookingId, String holderName, Occurrence occurrence) {
}
