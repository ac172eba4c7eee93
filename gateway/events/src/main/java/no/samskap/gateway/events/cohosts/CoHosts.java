package no.samskap.gateway.events.cohosts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

/** The names of an event's co-hosting associations, in the order the event lists them; unknown ones are left out. */
@Singleton
public class CoHosts {

    private final DSLContext sql;

    CoHosts(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<String> names(List<String> associationIds) {
        return associationIds.stream().map(CoHosts::uuid).filter(id -> id != null)
            .map(id -> sql.fetchOptional("select name from event_association where id = ?", id)
                .map(row -> row.get(0, String.class)))
            .flatMap(java.util.Optional::stream).toList();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
