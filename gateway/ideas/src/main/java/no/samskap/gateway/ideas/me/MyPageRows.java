package no.samskap.gateway.ideas.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads one person's own rows; every query is keyed by the person, who comes from their sign-in, never the request. */
@Singleton
class MyPageRows {

    /**
     * One of the person's own ideas. {@code reason} is the moderator's reason for a rejection or hiding and
     * {@code restoredReason} theirs for showing it again (null for none), for the author alone; {@code appeal} is
     * {@code none}, {@code pending} or {@code decided}.
     */
    @Serdeable
    record MyIdea(String id, String title, String status, boolean isPublic, boolean hidden, String reason, String appeal,
                  Instant submittedAt, @Nullable String restoredReason) {

        boolean mayAppeal() {
            return "none".equals(appeal) && (hidden || "rejected".equals(status));
        }
    }

    /**
     * One of the person's own comments that a moderator hid: {@code hiddenReason} and {@code hiddenAt} are the last
     * hiding's, {@code restoredReason} and {@code restoredAt} the restoring after it (null while hidden; the reason
     * also null after a lifted block), all for the author alone. {@code ideaPublic} says whether to link the idea.
     */
    @Serdeable
    record MyComment(String id, String ideaId, String ideaTitle, boolean ideaPublic, String body, Instant writtenAt,
                     boolean hidden, String hiddenReason, Instant hiddenAt, @Nullable String restoredReason,
                     @Nullable Instant restoredAt) {
    }

    /** Another's idea the person supports or follows, with a link only while it is public. */
    @Serdeable
    record IdeaLink(String id, String title, String status, boolean isPublic, Instant since) {
    }

    private final DSLContext sql;

    MyPageRows(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<MyIdea> ideasOf(String personId) {
        return sql.fetch("""
                select idea_id, title, status, published and not hidden and status <> 'rejected', hidden, reason, appeal,
                submitted_at, restored_reason from my_idea where author_id = ? order by submitted_at desc, idea_id""",
                personId)
            .map(row -> new MyIdea(row.get(0, UUID.class).toString(), row.get(1, String.class), row.get(2, String.class),
                row.get(3, Boolean.class), row.get(4, Boolean.class), row.get(5, String.class), row.get(6, String.class),
                instant(row, 7), row.get(8, String.class)));
    }

    /** Only comments a moderator hid, the latest moderation first; the idea's title once the board has heard of it. */
    @Transactional(readOnly = true)
    List<MyComment> moderatedCommentsOf(String personId) {
        return sql.fetch("""
                select c.comment_id, c.idea_id, coalesce(i.title, ''),
                coalesce(i.published and not i.hidden and i.status <> 'rejected', false), c.body, c.written_at,
                c.restored_at is null, c.hidden_reason, c.hidden_at, c.restored_reason, c.restored_at
                from my_comment c left join my_idea i on i.idea_id = c.idea_id
                where c.author_id = ? and c.hidden_at is not null
                order by coalesce(c.restored_at, c.hidden_at) desc, c.comment_id""", personId)
            .map(row -> new MyComment(row.get(0, UUID.class).toString(), row.get(1, UUID.class).toString(),
                row.get(2, String.class), row.get(3, Boolean.class), row.get(4, String.class), instant(row, 5),
                row.get(6, Boolean.class), row.get(7, String.class), instant(row, 8), row.get(9, String.class),
                row.get(10, OffsetDateTime.class) == null ? null : instant(row, 10)));
    }

    @Transactional(readOnly = true)
    List<IdeaLink> supportsOf(String personId) {
        return links("my_support", "given_at", personId);
    }

    @Transactional(readOnly = true)
    List<IdeaLink> followsOf(String personId) {
        return links("my_follow", "followed_at", personId);
    }

    @Transactional(readOnly = true)
    boolean appealed(String personId, UUID idea) {
        return sql.fetchExists(sql.selectOne().from("my_idea")
            .where("idea_id = ? and author_id = ? and appeal <> 'none'", idea, personId));
    }

    /** Ideas the board has not heard of yet (their submission still on its way) are left out until it has. */
    private List<IdeaLink> links(String table, String since, String personId) {
        return sql.fetch("select i.idea_id, i.title, i.status, i.published and not i.hidden and i.status <> 'rejected', m."
                + since + " from " + table + " m join my_idea i on i.idea_id = m.idea_id where m.person_id = ?"
                + " order by m." + since + " desc, i.idea_id", personId)
            .map(row -> new IdeaLink(row.get(0, UUID.class).toString(), row.get(1, String.class), row.get(2, String.class),
                row.get(3, Boolean.class), instant(row, 4)));
    }

    private static Instant instant(Record row, int index) {
        return row.get(index, OffsetDateTime.class).toInstant();
    }
}
