package no.samskap.gateway.ideas.readmodel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The innbyggerforslag kept by {@code PetitionProjection}: one idea's for its page, a page of ideas' for the board. */
@Singleton
public class IdeaPetitions {

    private static final String COLUMNS = """
        select idea_id, status, signature_count, threshold, started_at, sent_at, council_deadline, meeting_date,
               decision, case_url
        from idea_petition""";

    private final DSLContext sql;

    IdeaPetitions(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Optional<IdeaPetition> of(UUID idea) {
        return sql.fetchOptional(COLUMNS + " where idea_id = ?", idea).map(IdeaPetitions::petition);
    }

    /** The petitions among {@code ideas}, by idea; one query for a whole board page. */
    @Transactional(readOnly = true)
    public Map<UUID, IdeaPetition> among(Collection<UUID> ideas) {
        if (ideas.isEmpty()) {
            return Map.of();
        }
        return sql.fetch(COLUMNS + " where idea_id = any(?)", (Object) ideas.toArray(UUID[]::new)).stream()
            .map(IdeaPetitions::petition).collect(Collectors.toMap(IdeaPetition::idea, petition -> petition));
    }

    private static IdeaPetition petition(Record row) {
        var sentAt = row.get("sent_at", OffsetDateTime.class);
        return new IdeaPetition(row.get("idea_id", UUID.class), row.get("status", String.class),
            row.get("signature_count", Integer.class), row.get("threshold", Integer.class),
            row.get("started_at", OffsetDateTime.class).toInstant(), sentAt == null ? null : sentAt.toInstant(),
            row.get("council_deadline", LocalDate.class), row.get("meeting_date", LocalDate.class),
            row.get("decision", String.class), row.get("case_url", String.class));
    }
}
