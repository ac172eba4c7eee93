package no.samskap.events.registrations.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.registrations.domain.AccessibilityNeeds;
import no.samskap.events.registrations.domain.Party;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.events.registrations.domain.RegistrationId;
import no.samskap.events.registrations.domain.RegistrationStatus;
import no.samskap.events.registrations.domain.Registrations;
import no.samskap.events.registrations.domain.SeatPlan;
import no.samskap.events.registrations.domain.SeatTally;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Registrations in one row each; the identity column {@code seq} keeps the order people registered in. */
@Singleton
class JooqRegistrations implements Registrations {

    private final DSLContext sql;

    JooqRegistrations(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void add(Registration registration) {
        sql.execute("""
                insert into registration (id, event_id, municipality, person_id, display_name, companions, needs,
                    needs_note, status, registered_at, checked_in_at, checked_in_by)
                values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?::timestamptz, ?::timestamptz, ?)""",
            registration.id().value(), registration.eventId().value(), registration.municipality().value(),
            registration.personId(), registration.displayName(), registration.party().companions(),
            registration.needs().codes().toArray(String[]::new), registration.needs().note(),
            registration.status().code(), at(registration.registeredAt()), at(registration.checkedInAt()),
            registration.checkedInBy());
    }

    @Override
    public void update(Registration registration) {
        sql.execute("update registration set status = ?, checked_in_at = ?::timestamptz, checked_in_by = ? "
                + "where id = ?", registration.status().code(), at(registration.checkedInAt()),
            registration.checkedInBy(), registration.id().value());
    }

    @Override
    public Optional<Registration> find(RegistrationId id) {
        return sql.fetchOptional("select * from registration where id = ?", id.value())
            .map(JooqRegistrations::toRegistration);
    }

    @Override
    public Optional<Registration> activeOf(EventId event, String personId) {
        return sql.fetchOptional("select * from registration where event_id = ? and person_id = ? "
            + "and status <> 'cancelled'", event.value(), personId).map(JooqRegistrations::toRegistration);
    }

    @Override
    public Set<String> activeAmong(EventId event, Collection<String> personIds) {
        return new HashSet<>(sql.fetch("select person_id from registration where event_id = ? "
                + "and person_id = any(?::text[]) and status <> 'cancelled'", event.value(),
            personIds.toArray(String[]::new)).getValues(0, String.class));
    }

    @Override
    public SeatPlan seatPlan(EventId event, Integer capacity) {
        var confirmed = sql.fetchValue("select coalesce(sum(companions + 1), 0) from registration "
            + "where event_id = ? and status = 'confirmed'", event.value());
        var waitlist = sql.fetch("select * from registration where event_id = ? and status = 'waiting' order by seq",
            event.value()).map(JooqRegistrations::toRegistration);
        return new SeatPlan(capacity, ((Number) confirmed).intValue(), waitlist);
    }

    @Override
    public SeatTally seatTally(EventId event, Integer capacity) {
        var counts = sql.fetchOne("""
                select coalesce(sum(companions + 1) filter (where status = 'confirmed'), 0),
                       count(*) filter (where status = 'waiting'),
                       coalesce(sum(companions + 1) filter (where status = 'waiting'), 0)
                from registration where event_id = ? and status in ('confirmed', 'waiting')""", event.value());
        return new SeatTally(capacity, counts.get(0, Integer.class), counts.get(1, Integer.class),
            counts.get(2, Integer.class));
    }

    @Override
    public List<Registration> active(EventId event) {
        return sql.fetch("select * from registration where event_id = ? and status <> 'cancelled' "
            + "order by status = 'waiting', seq", event.value()).map(JooqRegistrations::toRegistration);
    }

    @Override
    public List<Registration> of(String personId) {
        return sql.fetch("select * from registration where person_id = ? order by registered_at desc, seq desc",
            personId).map(JooqRegistrations::toRegistration);
    }

    @Override
    public int waitingAhead(Registration registration) {
        var ahead = sql.fetchValue("""
                select count(*) from registration
                where event_id = ? and status = 'waiting'
                    and seq < (select seq from registration where id = ?)""",
            registration.eventId().value(), registration.id().value());
        return ((Number) ahead).intValue();
    }

    @Override
    public OptionalInt checkedInPlaces(EventId event) {
        var places = sql.fetchValue("select sum(companions + 1) from registration where event_id = ? "
            + "and status = 'confirmed' and checked_in_at is not null", event.value());
        return places == null ? OptionalInt.empty() : OptionalInt.of(((Number) places).intValue());
    }

    private static Registration toRegistration(Record row) {
        return new Registration(new RegistrationId(row.get("id", UUID.class)),
            new EventId(row.get("event_id", UUID.class)),
            new MunicipalityNumber(row.get("municipality", String.class)), row.get("person_id", String.class),
            row.get("display_name", String.class), new Party(row.get("companions", Integer.class)),
            new AccessibilityNeeds(List.of(row.get("needs", String[].class)), row.get("needs_note", String.class)),
            RegistrationStatus.fromCode(row.get("status", String.class)).orElseThrow(),
            instant(row, "registered_at"), instant(row, "checked_in_at"), row.get("checked_in_by", String.class));
    }

    private static Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
