package no.samskap.events.events.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventDescription;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Price;
import no.samskap.events.events.domain.VenueFacts;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events in one row each, lists as PostgreSQL arrays; the version column guards against lost updates. */
@Singleton
class JooqEvents implements Events {

    private final DSLContext sql;

    JooqEvents(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Event add(Event event) {
        var d = event.description();
        var venue = Optional.ofNullable(d.venue());
        sql.execute("""
                insert into event (id, municipality, title, description, hosting_unit, co_host_ids, idea_ids,
                    venue_id, venue_name, venue_address, venue_capacity, venue_accessibility, starts_at, ends_at,
                    audience, target_groups, price_nok, capacity, accessibility, status, cancellation_reason,
                    created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?::uuid[], ?::uuid[], ?, ?, ?, ?, ?::text[], ?::timestamptz, ?::timestamptz,
                    ?, ?::text[], ?, ?, ?::text[], ?, ?, ?, ?::timestamptz, 0)""",
            event.id().value(), event.municipality().value(), d.title(), d.description(), d.hostingUnit(),
            uuids(d.coHostIds()), uuids(d.ideaIds()), venue.map(VenueFacts::id).orElse(null),
            venue.map(VenueFacts::name).orElse(null), venue.map(VenueFacts::address).orElse(null),
            venue.map(VenueFacts::capacity).orElse(null),
            venue.map(facts -> texts(facts.accessibility())).orElse(null), at(d.startsAt()), at(d.endsAt()),
            d.audience(), texts(d.targetGroups()), d.price().nok(), d.capacity(), texts(d.accessibility()),
            event.status().code(), event.cancellationReason(), event.createdBy(), at(event.createdAt()));
        return find(event.id()).orElseThrow();
    }

    @Override
    public Event update(Event event) {
        var d = event.description();
        var venue = Optional.ofNullable(d.venue());
        var changed = sql.execute("""
                update event set title = ?, description = ?, hosting_unit = ?, co_host_ids = ?::uuid[],
                    idea_ids = ?::uuid[], venue_id = ?, venue_name = ?, venue_address = ?, venue_capacity = ?,
                    venue_accessibility = ?::text[], starts_at = ?::timestamptz, ends_at = ?::timestamptz,
                    audience = ?, target_groups = ?::text[], price_nok = ?, capacity = ?,
                    accessibility = ?::text[], status = ?, cancellation_reason = ?, completed_at = ?::timestamptz,
                    version = version + 1
                where id = ? and version = ?""",
            d.title(), d.description(), d.hostingUnit(), uuids(d.coHostIds()), uuids(d.ideaIds()),
            venue.map(VenueFacts::id).orElse(null), venue.map(VenueFacts::name).orElse(null),
            venue.map(VenueFacts::address).orElse(null), venue.map(VenueFacts::capacity).orElse(null),
            venue.map(facts -> texts(facts.accessibility())).orElse(null), at(d.startsAt()), at(d.endsAt()),
            d.audience(), texts(d.targetGroups()), d.price().nok(), d.capacity(), texts(d.accessibility()),
            event.status().code(), event.cancellationReason(),
            event.completedAt() == null ? null : at(event.completedAt()), event.id().value(), event.version());
        if (changed == 0) {
            throw new OptimisticLockException("the event " + event.id() + " was changed by someone else");
        }
        return find(event.id()).orElseThrow();
    }

    @Override
    public Optional<Event> find(EventId id) {
        return sql.fetchOptional("select * from event where id = ?", id.value()).map(JooqEvents::toEvent);
    }

    @Override
    public Optional<Event> findForUpdate(EventId id) {
        return sql.fetchOptional("select * from event where id = ? for update", id.value()).map(JooqEvents::toEvent);
    }

    @Override
    public List<Event> inMunicipality(MunicipalityNumber municipality, List<EventStatus> statuses) {
        return sql.fetch("select * from event where municipality = ? and status = any(?::text[]) order by starts_at, id",
            municipality.value(), statuses.stream().map(EventStatus::code).toArray(String[]::new))
            .map(JooqEvents::toEvent);
    }

    private static Event toEvent(Record row) {
        var venueId = row.get("venue_id", UUID.class);
        var venue = venueId == null ? null : new VenueFacts(venueId, row.get("venue_name", String.class),
            row.get("venue_address", String.class), row.get("venue_capacity", Integer.class),
            list(row.get("venue_accessibility", String[].class)));
        var description = new EventDescription(row.get("title", String.class), row.get("description", String.class),
            row.get("hosting_unit", String.class), Arrays.asList(row.get("co_host_ids", UUID[].class)),
            Arrays.asList(row.get("idea_ids", UUID[].class)), venue, instant(row, "starts_at"),
            instant(row, "ends_at"), row.get("audience", String.class),
            list(row.get("target_groups", String[].class)), new Price(row.get("price_nok", Integer.class)),
            row.get("capacity", Integer.class), list(row.get("accessibility", String[].class)));
        return new Event(new EventId(row.get("id", UUID.class)), new MunicipalityNumber(row.get("municipality",
            String.class)), description, EventStatus.fromCode(row.get("status", String.class)).orElseThrow(),
            row.get("cancellation_reason", String.class), row.get("created_by", String.class),
            instant(row, "created_at"), instantOrNull(row, "completed_at"), row.get("version", Long.class));
    }

    private static Instant instant(Record row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static UUID[] uuids(List<UUID> values) {
        return values.toArray(UUID[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
