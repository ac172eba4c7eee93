package no.samskap.organisations.hours.domain;

import java.util.UUID;

/** The shift at an event whose hours an entry holds, instead of an offer of help. */
public record EventShift(UUID eventId, UUID shiftId) {
}
