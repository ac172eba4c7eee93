package no.samskap.events.venues.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.application.AssociationAdmins;
import no.samskap.events.venues.application.BookingListing;
import no.samskap.events.venues.application.BookingListings;
import no.samskap.events.venues.application.CalendarEntries;
import no.samskap.events.venues.application.CalendarEntry;
import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.BookingStatus;
import no.samskap.events.venues.domain.Bookings;
import no.samskap.events.venues.domain.Clash;
import no.samskap.events.venues.domain.Holder;
import no.samskap.events.venues.domain.Occurrence;
import no.samskap.events.venues.domain.Schedule;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings in one row each and their occurrences as time ranges. The exclusion constraint
 * {@code room_occurrences_never_overlap} is the last word on overlaps; its refusal becomes a conflict.
 */
@Singleton
class JooqBookings implements Bookings, BookingListings, CalendarEntries, AssociationAdmins {

    private static final String OVERLAP_REFUSED = "23P01";

    private final DSLContext sql;

    JooqBookings(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(Booking booking) {
        var first = booking.schedule().first();
        var weekly = booking.schedule().weekly().orElse(null);
        sql.execute("""
                insert into room_booking (id, venue_id, municipality, association_id, event_id, purpose,
                    children_and_youth, starts_at, ends_at, weekday, start_time, end_time, from_date, until_date,
                    status, applied_by, applied_at, decided_by, decided_at, decision_reason, cancellation_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?::time, ?::time, ?::date, ?::date,
                    ?, ?, ?::timestamptz, ?, ?::timestamptz, ?, ?)""",
            booking.id(), booking.venueId(), booking.municipality().value(), booking.holder().associationId(),
            booking.holder().eventId(), booking.purpose(), booking.childrenAndYouth(), at(first.startsAt()),
            at(first.endsAt()), weekly == null ? null : (short) weekly.weekday().getValue(),
            weekly == null ? null : weekly.startTime().toString(), weekly == null ? null : weekly.endTime().toString(),
            weekly == null ? null : weekly.fromDate().toString(), weekly == null ? null : weekly.untilDate().toString(),
            booking.status().code(), booking.appliedBy(), at(booking.appliedAt()), booking.decidedBy(),
            at(booking.decidedAt()), booking.decisionReason(), booking.cancellationReason());
        var occurrences = booking.schedule().occurrences();
        refusingOverlaps(() -> sql.execute("""
                insert into room_occurrence (booking_id, venue_id, during, holds)
                select ?, ?, tstzrange(t.starts_at, t.ends_at), ?
                from unnest(?::text[]::timestamptz[], ?::text[]::timestamptz[]) as t (starts_at, ends_at)""",
            booking.id(), booking.venueId(), booking.status() == BookingStatus.APPROVED,
            occurrences.stream().map(o -> o.startsAt().toString()).toArray(String[]::new),
            occurrences.stream().map(o -> o.endsAt().toString()).toArray(String[]::new)));
    }

    @Override
    public void update(Booking booking) {
        var changed = sql.execute("""
                update room_booking set status = ?, decided_by = ?, decided_at = ?::timestamptz,
                    decision_reason = ?, cancellation_reason = ?, version = version + 1
                where id = ? and version = ?""",
            booking.status().code(), booking.decidedBy(), at(booking.decidedAt()), booking.decisionReason(),
            booking.cancellationReason(), booking.id(), booking.version());
        if (changed == 0) {
            throw new OptimisticLockException("the booking " + booking.id() + " was changed by someone else");
        }
        refusingOverlaps(() -> sql.execute("update room_occurrence set holds = ? where booking_id = ?",
            booking.status() == BookingStatus.APPROVED, booking.id()));
    }

    @Override
    public Optional<Booking> find(UUID id) {
        return sql.fetchOptional("select * from room_booking where id = ?", id).map(JooqBookings::toBooking);
    }

    @Override
    public Optional<Booking> findForUpdate(UUID id) {
        return sql.fetchOptional("select * from room_booking where id = ? for update", id)
            .map(JooqBookings::toBooking);
    }

    @Override
    public void lockVenue(UUID venueId) {
        sql.fetch("select id from venue where id = ? for no key update", venueId);
    }

    @Override
    public Optional<Clash> clashWith(Booking booking) {
        var occurrences = booking.schedule().occurrences();
        return sql.fetchOptional("""
                select o.booking_id, lower(o.during) as starts_at, upper(o.during) as ends_at,
                    coalesce(a.name, e.title, 'another booking') as holder_name
                from room_occurrence o
                join unnest(?::text[]::timestamptz[], ?::text[]::timestamptz[]) as t (starts_at, ends_at)
                    on o.during && tstzrange(t.starts_at, t.ends_at)
                join room_booking b on b.id = o.booking_id
                left join partner_association a on a.id = b.association_id
                left join event e on e.id = b.event_id
                where o.venue_id = ? and o.holds and o.booking_id <> ?
                order by lower(o.during) limit 1""",
            occurrences.stream().map(o -> o.startsAt().toString()).toArray(String[]::new),
            occurrences.stream().map(o -> o.endsAt().toString()).toArray(String[]::new), booking.venueId(),
            booking.id())
            .map(row -> new Clash(row.get("booking_id", UUID.class), row.get("holder_name", String.class),
                new Occurrence(instant(row, "starts_at"), instant(row, "ends_at"))));
    }

    @Override
    public Optional<Booking> approvedForEvent(UUID eventId) {
        return sql.fetchOptional("select * from room_booking where event_id = ? and status = 'approved'", eventId)
            .map(JooqBookings::toBooking);
    }

    @Override
    public List<BookingListing> find(MunicipalityNumber municipality, UUID associationId, UUID bookingId,
                                     UUID venueId, List<BookingStatus> statuses) {
        return sql.fetch("""
                select b.*, v.name as venue_name, a.name as association_name, e.title as event_title,
                    array(select distinct other.booking_id from room_occurrence mine
                        join room_occurrence other on other.venue_id = mine.venue_id
                            and other.booking_id <> mine.booking_id and other.during && mine.during
                        join room_booking theirs on theirs.id = other.booking_id and theirs.status = 'pending'
                        where mine.booking_id = b.id and b.status = 'pending') as collides_with,
                    array(select distinct other.booking_id from room_occurrence mine
                        join room_occurrence other on other.venue_id = mine.venue_id
                            and other.booking_id <> mine.booking_id and other.during && mine.during and other.holds
                        where mine.booking_id = b.id and b.status = 'pending') as clashes_with
                from room_booking b
                join venue v on v.id = b.venue_id
                left join partner_association a on a.id = b.association_id
                left join event e on e.id = b.event_id
                where (?::text is null or b.municipality = ?) and (?::uuid is null or b.association_id = ?)
                    and (?::uuid is null or b.id = ?) and (?::uuid is null or b.venue_id = ?)
                    and (cardinality(?::text[]) = 0 or b.status = any(?::text[]))
                order by b.status = 'pending' desc, b.children_and_youth desc, b.applied_at, b.id""",
            code(municipality), code(municipality), associationId, associationId, bookingId, bookingId, venueId,
            venueId, codes(statuses), codes(statuses))
            .map(row -> new BookingListing(toBooking(row), row.get("venue_name", String.class),
                row.get("association_name", String.class), row.get("event_title", String.class),
                Arrays.asList(row.get("collides_with", UUID[].class)),
                Arrays.asList(row.get("clashes_with", UUID[].class))));
    }

    @Override
    public List<CalendarEntry> between(UUID venueId, Instant from, Instant to) {
        return sql.fetch("""
                select o.booking_id, lower(o.during) as starts_at, upper(o.during) as ends_at, b.association_id,
                    a.name as association_name, b.event_id, e.title as event_title
                from room_occurrence o
                join room_booking b on b.id = o.booking_id
                left join partner_association a on a.id = b.association_id
                left join event e on e.id = b.event_id and e.status in ('published', 'completed')
                where o.venue_id = ? and o.holds and o.during && tstzrange(?::timestamptz, ?::timestamptz)
                order by lower(o.during), o.booking_id""", venueId, at(from), at(to))
            .map(row -> new CalendarEntry(row.get("booking_id", UUID.class), instant(row, "starts_at"),
                instant(row, "ends_at"), row.get("association_id", UUID.class),
                row.get("association_name", String.class), row.get("event_id", UUID.class),
                row.get("event_title", String.class)));
    }

    @Override
    public List<String> adminsOf(UUID associationId) {
        return sql.fetch("select person_id from partner_member where association_id = ? and role = 'admin' "
            + "order by person_id", associationId).map(row -> row.get("person_id", String.class));
    }

    private static void refusingOverlaps(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            if (OVERLAP_REFUSED.equals(e.sqlState())) {
                throw Refusal.conflict("startsAt", "another booking took the room at this time just now");
            }
            throw e;
        }
    }

    private static Booking toBooking(Record row) {
        var holder = new Holder(row.get("association_id", UUID.class), row.get("event_id", UUID.class));
        var weekday = row.get("weekday", Short.class);
        var schedule = weekday == null
            ? new Schedule.OneOff(instant(row, "starts_at"), instant(row, "ends_at"))
            : new Schedule.Weekly(DayOfWeek.of(weekday), row.get("start_time", LocalTime.class),
                row.get("end_time", LocalTime.class), row.get("from_date", LocalDate.class),
                row.get("until_date", LocalDate.class));
        return new Booking(row.get("id", UUID.class), row.get("venue_id", UUID.class),
            new MunicipalityNumber(row.get("municipality", String.class)), holder, row.get("purpose", String.class),
            row.get("children_and_youth", Boolean.class), schedule,
            BookingStatus.fromCode(row.get("status", String.class)).orElseThrow(), row.get("applied_by", String.class),
            instant(row, "applied_at"), row.get("decided_by", String.class), instant(row, "decided_at"),
            row.get("decision_reason", String.class), row.get("cancellation_reason", String.class),
            row.get("version", Long.class));
    }

    private static String code(MunicipalityNumber municipality) {
        return municipality == null ? null : municipality.value();
    }

    private static String[] codes(List<BookingStatus> statuses) {
        return statuses.stream().map(BookingStatus::code).toArray(String[]::new);
    }

    private static Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
