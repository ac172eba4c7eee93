package no.samskap.gateway.events.shifts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads an event's volunteer shifts; only counts, never who signed up. */
@Singleton
public class EventShifts {

    private final DSLContext sql;

    EventShifts(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<ShiftEntry> of(UUID event) {
        return sql.fetch("""
                select id, event_id, role, starts_at, ends_at, needed, filled, minimum_age, attest_required
                  from event_shift where event_id = ? order by starts_at, role, id""", event)
            .map(row -> new ShiftEntry(row.get("id", UUID.class).toString(),
                row.get("event_id", UUID.class).toString(), row.get("role", String.class),
                row.get("starts_at", OffsetDateTime.class).toInstant(),
                row.get("ends_at", OffsetDateTime.class).toInstant(), row.get("needed", Integer.class),
                row.get("filled", Integer.class), row.get("minimum_age", Integer.class),
                row.get("attest_required", Boolean.class)));
    }
}
