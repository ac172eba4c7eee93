package no.samskap.gateway.shell.notifications;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Each person's feed, newest first, and their marking it read; every query is keyed by the signed-in person. */
@Singleton
public class Feeds {

    static final int SHOWN = 50;

    @Serdeable
    public record Feed(List<FeedEntry> notifications, int unreadCount) {
    }

    private final DSLContext sql;

    Feeds(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Feed of(String personId) {
        var entries = sql.fetch("""
                select e.notification_id, e.service, e.subject_type, e.subject_id, e.subject_title, e.link_path, e.kind,
                e.note, e.notified_at, r.read_at from notification_entry e
                left join notification_read r on r.person_id = e.person_id and r.notification_id = e.notification_id
                where e.person_id = ? order by e.notified_at desc, e.arrival desc limit ?""", personId, SHOWN)
            .map(Feeds::entry);
        return new Feed(entries, unreadCount(personId));
    }

    @Transactional(readOnly = true)
    public int unreadCount(String personId) {
        return sql.fetchOne("""
                select count(*) from notification_entry e where e.person_id = ? and not exists (select 1 from
                notification_read r where r.person_id = e.person_id and r.notification_id = e.notification_id)""",
            personId).get(0, Integer.class);
    }

    /** Marks every entry of the person's read; returns the unread left, which is none. */
    @Transactional
    public int markAllRead(String personId, Instant now) {
        sql.execute("""
                insert into notification_read (person_id, notification_id, read_at)
                select person_id, notification_id, ?::timestamptz from notification_entry where person_id = ?
                on conflict do nothing""", utc(now), personId);
        return unreadCount(personId);
    }

    /**
     * Marks the person's entry {@code upTo} and every older one of theirs read; returns the unread left, or -1 when
     * the person has no such entry.
     */
    @Transactional
    public int markReadUpTo(String personId, UUID upTo, Instant now) {
        var marked = sql.execute("""
                insert into notification_read (person_id, notification_id, read_at)
                select e.person_id, e.notification_id, ?::timestamptz from notification_entry e
                join notification_entry up on up.notification_id = ? and up.person_id = e.person_id
                where e.person_id = ? and (e.notified_at, e.arrival) <= (up.notified_at, up.arrival)
                on conflict do nothing""", utc(now), upTo, personId);
        if (marked == 0 && !sql.fetchExists(sql.selectOne().from("notification_entry")
            .where("notification_id = ? and person_id = ?", upTo, personId))) {
            return -1;
        }
        return unreadCount(personId);
    }

    /** One row of {@code notification_entry} and its read time, in the column order the queries here use. */
    public static FeedEntry entry(Record row) {
        var readAt = row.get(9, OffsetDateTime.class);
        return new FeedEntry(row.get(0, UUID.class).toString(), row.get(1, String.class), row.get(2, String.class),
            row.get(3, String.class), row.get(4, String.class), row.get(5, String.class), row.get(6, String.class),
            row.get(7, String.class), row.get(8, OffsetDateTime.class).toInstant(),
            readAt == null ? null : readAt.toInstant());
    }

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
