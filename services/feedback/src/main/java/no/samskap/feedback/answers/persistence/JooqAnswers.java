package no.samskap.feedback.answers.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.answers.domain.AnswerEvent;
import no.samskap.feedback.answers.domain.Answers;
import no.samskap.feedback.answers.domain.FeedbackToAnswer;
import no.samskap.feedback.feedback.application.FeedbackAnswers;
import no.samskap.feedback.feedback.domain.Answer;
import no.samskap.feedback.feedback.domain.FeedbackId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the answer and the committed date on the feedback's row, and each move of the date beside it; tells the
 * feedback capability the answers it shows.
 */
@Singleton
class JooqAnswers implements Answers, FeedbackAnswers {

    private final DSLContext sql;

    JooqAnswers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FeedbackToAnswer> lock(FeedbackId feedbackId) {
        return sql.fetchOptional("""
                select f.id, f.municipality, f.author_id, coalesce(e.title, f.unit) as title, f.respond_by
                from feedback f left join event_copy e on e.id = f.event_id
                where f.id = ? and f.withdrawn_at is null for update of f""", feedbackId.value())
            .map(row -> new FeedbackToAnswer(new FeedbackId(row.get("id", UUID.class)),
                row.get("municipality", String.class), row.get("author_id", String.class),
                row.get("title", String.class), row.get("respond_by", LocalDate.class)));
    }

    @Override
    public void save(AnswerEvent.Answered answered) {
        var answer = answered.answer();
        sql.execute("""
                update feedback set answer_text = ?, answer_public = ?, answered_by = ?, answered_at = ?::timestamptz,
                                    answered_on_time = ?
                where id = ?""",
            answer.text(), answer.publicAnswer(), answered.answeredBy(), utc(answer.answeredAt()), answer.onTime(),
            answered.feedback().id().value());
    }

    @Override
    public void save(AnswerEvent.ResponseDateChanged changed) {
        var id = changed.feedback().id().value();
        sql.execute("update feedback set respond_by = ? where id = ?", changed.respondBy(), id);
        sql.execute("""
                insert into feedback_response_date_change (feedback_id, respond_by, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?::timestamptz)""",
            id, changed.respondBy(), changed.reason(), changed.changedBy(), utc(changed.occurredAt()));
    }

    @Override
    public Map<FeedbackId, Answer> answersTo(Collection<FeedbackId> feedback) {
        var answers = new HashMap<FeedbackId, Answer>();
        if (!feedback.isEmpty()) {
            sql.fetch("""
                    select id, answer_text, answer_public, answered_at, answered_on_time from feedback
                    where id = any(?) and answered_at is not null""",
                    (Object) feedback.stream().map(FeedbackId::value).toArray(UUID[]::new))
                .forEach(row -> answers.put(new FeedbackId(row.get("id", UUID.class)), new Answer(
                    row.get("answer_text", String.class), row.get("answer_public", Boolean.class),
                    row.get("answered_at", OffsetDateTime.class).toInstant(),
                    row.get("answered_on_time", Boolean.class))));
        }
        return answers;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
