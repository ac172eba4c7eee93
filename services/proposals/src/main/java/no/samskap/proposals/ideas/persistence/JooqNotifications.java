package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.application.Notification;
import no.samskap.proposals.ideas.application.Notifications;
import no.samskap.platform.jdbc.TransactionStatements;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The feed is paged by id: ids grow with every insert, so newest first is {@code id desc} and the cursor is an id. */
@Singleton
class JooqNotifications implements Notifications {

    private final DSLContext sql;
    private final TransactionStatements statements;

    JooqNotifications(DSLContext sql, TransactionStatements statements) {
        this.sql = sql;
        this.statements = statements;
    }

    @Override
    public List<Notification> add(List<String> personIds, UUID ideaId, String ideaTitle, String kind, String note,
                                  Instant now) {
        var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        var added = new ArrayList<Notification>();
        for (var personId : personIds) {
            var id = statements.first("""
                    insert into notification (person_id, idea_id, idea_title, kind, note, created_at)
                    values (?, ?, ?, ?, ?, ?::timestamptz) returning id""", row -> row.getLong(1), personId, ideaId,
                ideaTitle, kind, note, at).orElseThrow();
            added.add(new Notification(id, personId, ideaId, ideaTitle, kind, note, now, null));
        }
        return added;
    }

    @Override
    public List<Notification> page(String personId, OptionalLong after, int limit) {
        return sql.fetch("""
                select id, person_id, idea_id, idea_title, kind, note, created_at, read_at from notification
                where person_id = ? and id < ? order by id desc limit ?""",
            personId, after.orElse(Long.MAX_VALUE), limit).map(JooqNotifications::notification);
    }

    @Override
    public int unreadCount(String personId) {
        return sql.fetchOne("select count(*) from notification where person_id = ? and read_at is null", personId)
            .get(0, Integer.class);
    }

    @Override
    public int markReadUpTo(String personId, long notificationId, Instant now) {
        return sql.execute("update notification set read_at = ?::timestamptz where person_id = ? and id <= ? and read_at is null",
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC), personId, notificationId);
    }

    @Override
    public OptionalLong newestId(String personId) {
        var newest = sql.fetchOne("select max(id) from notification where person_id = ?", personId).get(0, Long.class);
        return newest == null ? OptionalLong.empty() : OptionalLong.of(newest);
    }

    private static Notification notification(Record row) {
        var readAt = row.get(7, OffsetDateTime.class);
        return new Notification(row.get(0, Long.class), row.get(1, String.class), row.get(2, UUID.class),
            row.get(3, String.class), row.get(4, String.class), row.get(5, String.class),
            row.get(6, OffsetDateTime.class).toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
