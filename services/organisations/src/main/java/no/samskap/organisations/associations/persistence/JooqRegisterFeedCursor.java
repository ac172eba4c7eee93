package no.samskap.organisations.associations.persistence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.RegisterFeedCursor;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/** The cursor in {@code register_feed_cursor}, one row per feed; each call is a short transaction of its own. */
@Singleton
class JooqRegisterFeedCursor implements RegisterFeedCursor {

    static final String ENTITY_FEED = "enheter";

    private final DSLContext sql;

    JooqRegisterFeedCursor(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong lastUpdateId() {
        var row = sql.fetchOptional("select last_update_id from register_feed_cursor where feed = ?", ENTITY_FEED);
        return row.map(found -> OptionalLong.of(found.get(0, Long.class))).orElse(OptionalLong.empty());
    }

    @Override
    @Transactional
    public void moveTo(long updateId, Instant at) {
        sql.execute("""
                insert into register_feed_cursor (feed, last_update_id, moved_at) values (?, ?, ?::timestamptz)
                on conflict (feed) do update set last_update_id = excluded.last_update_id, moved_at = excluded.moved_at
                where register_feed_cursor.last_update_id < excluded.last_update_id""",
            ENTITY_FEED, updateId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
