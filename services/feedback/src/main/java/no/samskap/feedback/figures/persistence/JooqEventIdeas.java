package no.samskap.feedback.figures.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.figures.application.EventFacts;
import no.samskap.feedback.figures.application.EventIdeas;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ideas of events in the figures' own table, and what the figures show of an event: its title from the event
 * copy the attendance capability keeps, its ideas from here.
 */
@Singleton
class JooqEventIdeas implements EventIdeas, EventFacts {

    private final DSLContext sql;

    JooqEventIdeas(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void described(UUID eventId, List<UUID> ideaIds, Instant at) {
        sql.execute("""
                insert into event_ideas (event_id, idea_ids, described_at) values (?, ?::uuid[], ?::timestamptz)
                on conflict (event_id) do update set idea_ids = excluded.idea_ids,
                    described_at = excluded.described_at
                 where event_ideas.described_at < excluded.described_at""",
            eventId, ideaIds.toArray(UUID[]::new), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @Override
    public void forgetAll() {
        sql.execute("delete from event_ideas");
    }

    @Override
    public Map<UUID, Facts> of(Collection<UUID> eventIds) {
        var facts = new HashMap<UUID, Facts>();
        if (eventIds.isEmpty()) {
            return facts;
        }
        sql.fetch("""
                select e.id, c.title, coalesce(i.idea_ids, '{}') as idea_ids
                  from unnest(?::uuid[]) as e (id)
                  left join event_copy c on c.id = e.id
                  left join event_ideas i on i.event_id = e.id""",
                (Object) eventIds.toArray(UUID[]::new))
            .forEach(row -> facts.put(row.get("id", UUID.class), new Facts(row.get("title", String.class),
                Arrays.asList(row.get("idea_ids", UUID[].class)))));
        return facts;
    }
}
