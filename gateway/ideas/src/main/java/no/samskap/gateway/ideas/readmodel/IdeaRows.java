package no.samskap.gateway.ideas.readmodel;

import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The columns of {@code idea_board} the public sees, and how a row becomes an {@link IdeaSummary}. */
final class IdeaRows {

    static final String COLUMNS = "id, municipality, title, body, service_area, status, submitted_at, published_at,"
        + " respond_by, answer, support_count, comment_count, threshold_reached_at";

    private IdeaRows() {
    }

    static IdeaSummary summary(Record row) {
        return new IdeaSummary(row.get("id", UUID.class).toString(), row.get("municipality", String.class),
            row.get("title", String.class), row.get("body", String.class), row.get("service_area", String.class),
            row.get("status", String.class), row.get("submitted_at", OffsetDateTime.class).toInstant(),
            instantOrNull(row, "published_at"), row.get("respond_by", LocalDate.class), row.get("answer", String.class),
            row.get("support_count", Integer.class), row.get("comment_count", Integer.class),
            instantOrNull(row, "threshold_reached_at"));
    }

    private static Instant instantOrNull(Record row, String column) {
        return Optional.ofNullable(row.get(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null);
    }
}
