package no.samskap.gateway.events.commands;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * When the read model last changed an event's seats or a shift's places: a write is shown once the mark has moved
 * past what it was before the write was sent, whatever the count became.
 */
@Singleton
class ReadModelMarks {

    private final DSLContext sql;

    ReadModelMarks(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> seats(UUID event) {
        return sql.fetchOptional("select changed_at from event_seats where event_id = ?", event)
            .map(row -> row.get(0, OffsetDateTime.class));
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> shift(UUID shift) {
        return sql.fetchOptional("select changed_at from event_shift where id = ?", shift)
            .map(row -> row.get(0, OffsetDateTime.class));
    }

    static boolean moved(Optional<OffsetDateTime> before, Optional<OffsetDateTime> now) {
        return now.isPresent() && (before.isEmpty() || now.get().isAfter(before.get()));
    }
}
