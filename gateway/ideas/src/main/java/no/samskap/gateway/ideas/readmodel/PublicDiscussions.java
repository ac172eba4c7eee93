package no.samskap.gateway.ideas.readmodel;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import no.samskap.platform.privacy.FormerParticipant;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Each idea's discussion as {@code DiscussionProjection} keeps it for visitors (ADR 0064). */
@Singleton
public class PublicDiscussions {

    private final DSLContext sql;

    PublicDiscussions(DSLContext sql) {
        this.sql = sql;
    }

    /** Every comment on the idea, oldest first, as the proposals service orders them. */
    @Connectable(readOnly = true)
    public List<PublicComment> of(UUID idea) {
        return sql.fetch("""
                select comment_id, parent_id, author_id, official, body, written_at, edited_at, hidden
                from discussion_comment where idea_id = ? order by written_at, comment_id""", idea)
            .map(PublicDiscussions::comment);
    }

    private static PublicComment comment(Record row) {
        var id = row.get("comment_id", UUID.class);
        var parentId = row.get("parent_id", UUID.class);
        var writtenAt = row.get("written_at", OffsetDateTime.class).toInstant();
        if (row.get("hidden", Boolean.class)) {
            return new PublicComment(id, parentId, null, null, writtenAt, null, true, false);
        }
        var editedAt = row.get("edited_at", OffsetDateTime.class);
        return new PublicComment(id, parentId, row.get("official", Boolean.class), row.get("body", String.class),
            writtenAt, editedAt == null ? null : editedAt.toInstant(), false,
            FormerParticipant.is(row.get("author_id", String.class)));
    }
}
