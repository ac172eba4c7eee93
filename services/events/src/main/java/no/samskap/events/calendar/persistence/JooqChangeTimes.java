package no.samskap.events.calendar.persistence;

import jakarta.inject.Singleton;
import no.samskap.events.calendar.application.ChangeTimes;
import no.samskap.events.events.domain.EventId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Singleton
class JooqChangeTimes implements ChangeTimes {

    private final DSLContext sql;

    JooqChangeTimes(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Map<EventId, Instant> of(Collection<EventId> events) {
        var times = new HashMap<EventId, Instant>();
        if (events.isEmpty()) {
            return times;
        }
        sql.fetch("select id, changed_at from event where id = any(?::uuid[])",
                (Object) events.stream().map(EventId::value).toArray(UUID[]::new))
            .forEach(row -> times.put(new EventId(row.get(0, UUID.class)),
                row.get(1, OffsetDateTime.class).toInstant()));
        return times;
    }
}
