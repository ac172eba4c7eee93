package no.samskap.events.venues.persistence;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.VenueLookup;
import no.samskap.events.events.domain.VenueFacts;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqVenueLookup implements VenueLookup {

    private final DSLContext sql;

    JooqVenueLookup(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<VenueFacts> find(UUID venueId, MunicipalityNumber municipality) {
        return sql.fetchOptional("select * from venue where id = ? and municipality = ?", venueId,
                municipality.value())
            .map(row -> new VenueFacts(row.get("id", UUID.class), row.get("name", String.class),
                row.get("address", String.class), row.get("capacity", Integer.class),
                List.of(row.get("accessibility", String[].class))));
    }
}
