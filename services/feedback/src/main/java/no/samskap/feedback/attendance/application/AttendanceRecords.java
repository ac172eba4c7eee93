package no.samskap.feedback.attendance.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the facts of the events service's messages are kept, each with its own time, so that applying them late,
 * twice or in another order leaves the same record.
 */
public interface AttendanceRecords {

    void described(UUID eventId, String municipality, String title, Instant startsAt, Instant endsAt, Instant at);

    void completed(UUID eventId, String municipality, Instant at);

    void cancelled(UUID eventId, String municipality, Instant at);

    void registered(UUID eventId, String registrationId, String personId, Instant at);

    void unregistered(UUID eventId, String registrationId, String personId, Instant at);

    void checkedIn(UUID eventId, String registrationId, String personId, Instant at);

    void workedShift(UUID eventId, String shiftId, String personId, Instant at);

    void forgetEvents();

    void forgetRegistrations();

    void forgetShifts();
}
