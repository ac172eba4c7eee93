package no.samskap.events.venues.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.venues.domain.Venue;
import no.samskap.events.venues.domain.VenueDescription;
import no.samskap.events.venues.domain.Venues;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Venues in one row each; the version column guards against lost updates. */
@Singleton
class JooqVenues implements Venues {

    private final DSLContext sql;

    JooqVenues(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Venue add(Venue venue) {
        var d = venue.description();
        sql.execute("""
                insert into venue (id, municipality, name, address, capacity, accessibility, lent, described_at,
                    version)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?::timestamptz, 0)""",
            venue.id(), venue.municipality().value(), d.name(), d.address(), d.capacity(),
            d.accessibility().toArray(String[]::new), d.lent(), OffsetDateTime.ofInstant(venue.describedAt(),
                ZoneOffset.UTC));
        return find(venue.id()).orElseThrow();
    }

    @Override
    public Venue update(Venue venue) {
        var d = venue.description();
        var changed = sql.execute("""
                update venue set name = ?, address = ?, capacity = ?, accessibility = ?::text[], lent = ?,
                    described_at = ?::timestamptz, version = version + 1
                where id = ? and version = ?""",
            d.name(), d.address(), d.capacity(), d.accessibility().toArray(String[]::new), d.lent(),
            OffsetDateTime.ofInstant(venue.describedAt(), ZoneOffset.UTC), venue.id(), venue.version());
        if (changed == 0) {
            throw new OptimisticLockException("the venue " + venue.id() + " was changed by someone else");
        }
        return find(venue.id()).orElseThrow();
    }

    @Override
    public Optional<Venue> find(UUID id) {
        return sql.fetchOptional("select * from venue where id = ?", id).map(JooqVenues::toVenue);
    }

    @Override
    public List<Venue> inMunicipality(MunicipalityNumber municipality) {
        return sql.fetch("select * from venue where municipality = ? order by name, id", municipality.value())
            .map(JooqVenues::toVenue);
    }

    private static Venue toVenue(Record row) {
        var description = new VenueDescription(row.get("name", String.class), row.get("address", String.class),
            row.get("capacity", Integer.class), List.of(row.get("accessibility", String[].class)),
            row.get("lent", Boolean.class));
        return new Venue(row.get("id", UUID.class), new MunicipalityNumber(row.get("municipality", String.class)),
            description, row.get("described_at", OffsetDateTime.class).toInstant(), row.get("version", Long.class));
    }
}
