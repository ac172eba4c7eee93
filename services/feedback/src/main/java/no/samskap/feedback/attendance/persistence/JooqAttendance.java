package no.samskap.feedback.attendance.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.attendance.application.AttendanceRecords;
import no.samskap.feedback.feedback.application.EventAttendance;
import no.samskap.feedback.feedback.domain.KnownEvent;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Events and attendance in the service's own tables. Every write keeps the newest (or, for completion and check-in,
 * the first) time of its kind of fact, so it is safe to apply late, twice or out of order.
 */
@Singleton
class JooqAttendance implements AttendanceRecords, EventAttendance {

    private static final String SHIFT = "shift/";

    private final DSLContext sql;

    JooqAttendance(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void described(UUID eventId, String municipality, String title, Instant startsAt, Instant endsAt,
                          Instant at) {
        sql.execute("""
                insert into event_copy (id, municipality, title, starts_at, ends_at, described_at)
                values (?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz)
                on conflict (id) do update set title = excluded.title, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, described_at = excluded.described_at
                where event_copy.described_at is null or event_copy.described_at <= excluded.described_at""",
            eventId, municipality, title, at(startsAt), at(endsAt), at(at));
    }

    @Override
    public void completed(UUID eventId, String municipality, Instant at) {
        sql.execute("""
                insert into event_copy (id, municipality, completed_at) values (?, ?, ?::timestamptz)
                on conflict (id) do update set completed_at = least(event_copy.completed_at, excluded.completed_at)""",
            eventId, municipality, at(at));
    }

    @Override
    public void cancelled(UUID eventId, String municipality, Instant at) {
        sql.execute("""
                insert into event_copy (id, municipality, cancelled_at) values (?, ?, ?::timestamptz)
                on conflict (id) do update set cancelled_at = least(event_copy.cancelled_at, excluded.cancelled_at)""",
            eventId, municipality, at(at));
    }

    @Override
    public void registered(UUID eventId, String registrationId, String personId, Instant at) {
        fact("registered_at", "greatest", eventId, registrationId, personId, at);
    }

    @Override
    public void unregistered(UUID eventId, String registrationId, String personId, Instant at) {
        fact("unregistered_at", "greatest", eventId, registrationId, personId, at);
    }

    @Override
    public void checkedIn(UUID eventId, String registrationId, String personId, Instant at) {
        fact("checked_in_at", "least", eventId, registrationId, personId, at);
    }

    /** Keeps one time of a person's attendance; of two times of the same fact {@code keep} chooses one. */
    private void fact(String column, String keep, UUID eventId, String sourceId, String personId, Instant at) {
        sql.execute("insert into attendance (event_id, source_id, person_id, " + column + ") "
                + "values (?, ?, ?, ?::timestamptz) on conflict (event_id, source_id) do update set " + column
                + " = " + keep + "(attendance." + column + ", excluded." + column + ")",
            eventId, sourceId, personId, at(at));
    }

    @Override
    public void workedShift(UUID eventId, String shiftId, String personId, Instant at) {
        checkedIn(eventId, SHIFT + shiftId + "/" + personId, personId, at);
    }

    @Override
    public void forgetEvents() {
        sql.execute("delete from event_copy");
    }

    @Override
    public void forgetRegistrations() {
        sql.execute("delete from attendance where source_id not like 'shift/%'");
    }

    @Override
    public void forgetShifts() {
        sql.execute("delete from attendance where source_id like 'shift/%'");
    }

    @Override
    public Optional<KnownEvent> event(UUID eventId) {
        return sql.fetchOptional("select * from event_copy where id = ?", eventId).map(row -> new KnownEvent(
            eventId, new MunicipalityNumber(row.get("municipality", String.class)), row.get("title", String.class),
            row.get("completed_at") != null));
    }

    @Override
    public boolean attended(UUID eventId, String personId) {
        return sql.fetchExists(sql.selectOne().from("attendance").where("""
            event_id = ? and person_id = ? and (checked_in_at is not null
                or registered_at is not null and (unregistered_at is null or registered_at > unregistered_at))""",
            eventId, personId));
    }

    @Override
    public Map<UUID, String> titles(Collection<UUID> eventIds) {
        var titles = new HashMap<UUID, String>();
        if (!eventIds.isEmpty()) {
            sql.fetch("select id, title from event_copy where id = any(?) and title is not null",
                    (Object) eventIds.toArray(UUID[]::new))
                .forEach(row -> titles.put(row.get("id", UUID.class), row.get("title", String.class)));
        }
        return titles;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
