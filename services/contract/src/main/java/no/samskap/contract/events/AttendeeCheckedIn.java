package no.samskap.contract.events;

import java.time.Instant;

/** A registrant was checked in at the door. On the attendance topic only, as {@link AttendeeRegistered}. */
public record AttendeeCheckedIn(String eventId, String registrationId, String personId, Instant checkedInAt) {
}
