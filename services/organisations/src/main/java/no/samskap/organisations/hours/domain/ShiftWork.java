package no.samskap.organisations.hours.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A shift at an event that a volunteer was checked in for, as the events service tells of it. */
public record ShiftWork(EventShift shift, String role, Instant startsAt, Instant endsAt) {

    /** Who approved hours that need no approver: the check-in at the event did. */
    public static final String APPROVED_BY_CHECK_IN = "check-in";

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final long QUARTER = 15;

    public ShiftWork {
        role = role == null || role.isBlank() ? "Frivillig" : role.strip();
        role = role.length() > HoursEntry.ROLE_LENGTH ? role.substring(0, HoursEntry.ROLE_LENGTH) : role;
    }

    /** The day the shift started in Norway. */
    public LocalDate day() {
        return LocalDate.ofInstant(startsAt, NORWAY);
    }

    /** The shift's length to the nearest quarter hour, at least a quarter and at most a day. */
    public double quarterHours() {
        var quarters = Math.round(Duration.between(startsAt, endsAt).toMinutes() / (double) QUARTER);
        return Math.min(Math.max(quarters, 1), 96) / 4.0;
    }
}
