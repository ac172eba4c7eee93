package no.samskap.gateway.events.venues;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The venues and the waiting applications of the read model; no table here names a person. */
@Singleton
class Venues {

    /** A venue as anyone may see it. */
    record Venue(UUID id, String municipality, String name, String address, @Nullable Integer capacity,
                 List<String> accessibility, boolean lent) {
    }

    /** An application waiting for the staff, with the names the read model knows. */
    record Waiting(UUID id, UUID venueId, String venueName, UUID associationId, @Nullable String associationName,
                   boolean childrenAndYouth, Instant startsAt, Instant endsAt, @Nullable LocalDate weeklyUntil) {
    }

    /** An association of the municipality, to apply on behalf of. */
    record Association(UUID id, String name) {
    }

    private final DSLContext sql;

    Venues(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Optional<Venue> find(UUID id) {
        return sql.fetchOptional("select * from venue_directory where id = ?", id).map(Venues::venue);
    }

    /** Whether the read model shows the venue as described at that time or later. */
    @Transactional(readOnly = true)
    boolean describedSince(UUID id, Instant describedAt) {
        return sql.fetchExists(sql.selectOne().from("venue_directory").where(
            "id = ? and described_at >= ?::timestamptz", id, OffsetDateTime.ofInstant(describedAt, ZoneOffset.UTC)));
    }

    @Transactional(readOnly = true)
    List<Venue> of(String municipality) {
        return sql.fetch("select * from venue_directory where municipality = ? order by name, id", municipality)
            .map(Venues::venue);
    }

    @Transactional(readOnly = true)
    List<Association> associationsOf(String municipality) {
        return sql.fetch("select id, name from event_association where municipality = ? order by name, id",
            municipality).map(row -> new Association(row.get("id", UUID.class), row.get("name", String.class)));
    }

    /** Children's and young people's activities first, for the staff give them priority; then the oldest. */
    @Transactional(readOnly = true)
    List<Waiting> waiting(String municipality) {
        return sql.fetch("""
                select r.id, r.venue_id, v.name as venue_name, r.association_id, a.name as association_name,
                       r.children_and_youth, r.starts_at, r.ends_at, r.weekly_until
                  from room_booking_request r
                  left join venue_directory v on v.id = r.venue_id
                  left join event_association a on a.id = r.association_id
                 where r.municipality = ?
                 order by r.children_and_youth desc, r.requested_at, r.id
                 limit 100""", municipality)
            .map(row -> new Waiting(row.get("id", UUID.class), row.get("venue_id", UUID.class),
                Optional.ofNullable(row.get("venue_name", String.class)).orElse(""),
                row.get("association_id", UUID.class), row.get("association_name", String.class),
                row.get("children_and_youth", Boolean.class), instant(row, "starts_at"), instant(row, "ends_at"),
                row.get("weekly_until", LocalDate.class)));
    }

    private static Venue venue(Record row) {
        var accessibility = row.get("accessibility", String[].class);
        return new Venue(row.get("id", UUID.class), row.get("municipality", String.class),
            row.get("name", String.class), row.get("address", String.class), row.get("capacity", Integer.class),
            accessibility == null ? List.of() : Arrays.asList(accessibility), row.get("lent", Boolean.class));
    }

    private static Instant instant(Record row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }
}
