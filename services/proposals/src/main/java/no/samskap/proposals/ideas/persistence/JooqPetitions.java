package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.CouncilDecision;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.Petition;
import no.samskap.proposals.ideas.domain.Petitions;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JooqPetitions implements Petitions {

    private static final String COLUMNS = """
        select idea_id, municipality, threshold, signature_count, started_at, sent_at, council_deadline, outcome,
               meeting_date, decision, case_url, decided_at
        from petition where idea_id = ?""";

    private final DSLContext sql;

    JooqPetitions(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Petition> find(IdeaId idea) {
        return sql.fetchOptional(COLUMNS, idea.value()).map(JooqPetitions::petition);
    }

    @Override
    public Optional<Petition> lock(IdeaId idea) {
        return sql.fetchOptional(COLUMNS + " for update", idea.value()).map(JooqPetitions::petition);
    }

    @Override
    public boolean add(Petition petition) {
        return sql.execute("""
                insert into petition (idea_id, municipality, threshold, signature_count, started_at)
                values (?, ?, ?, 0, ?::timestamptz) on conflict (idea_id) do nothing""",
            petition.idea().value(), petition.municipality().number(), petition.threshold(),
            utc(petition.startedAt())) == 1;
    }

    @Override
    public void save(Petition petition) {
        var decision = petition.decision();
        sql.execute("""
                update petition set sent_at = ?::timestamptz, council_deadline = ?, outcome = ?, meeting_date = ?,
                                    decision = ?, case_url = ?, decided_at = ?::timestamptz
                where idea_id = ?""",
            utc(petition.sentAt()), petition.councilDeadline(),
            decision == null ? null : decision.outcome().code(), decision == null ? null : decision.meetingDate(),
            decision == null ? null : decision.text(), decision == null ? null : decision.caseUrl(),
            decision == null ? null : utc(decision.recordedAt()), petition.idea().value());
    }

    private static Petition petition(Record row) {
        var outcome = row.get("outcome", String.class);
        var decision = outcome == null ? null : new CouncilDecision(
            CouncilDecision.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), row.get("meeting_date", LocalDate.class),
            row.get("decision", String.class), row.get("case_url", String.class),
            row.get("decided_at", OffsetDateTime.class).toInstant());
        var sentAt = row.get("sent_at", OffsetDateTime.class);
        return new Petition(new IdeaId(row.get("idea_id", UUID.class)), new Municipality(row.get("municipality",
            String.class).trim()), row.get("threshold", Integer.class), row.get("signature_count", Integer.class),
            row.get("started_at", OffsetDateTime.class).toInstant(), sentAt == null ? null : sentAt.toInstant(),
            row.get("council_deadline", LocalDate.class), decision);
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
