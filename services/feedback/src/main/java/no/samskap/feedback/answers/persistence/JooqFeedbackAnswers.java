package no.samskap.feedback.answers.persistence;

import jakarta.inject.Singleton;
import no.samskap.feedback.answers.domain.Answer;
import no.samskap.feedback.answers.domain.AnswerEvent;
import no.samskap.feedback.answers.domain.Answers;
import no.samskap.feedback.answers.domain.FeedbackToAnswer;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Keeps the answer and the committed date on the feedback's row, and each move of the date beside it. */
@Singleton
class JooqFeedbackAnswers implements Answers {

    private final DSLContext sql;

    JooqFeedbackAnswers(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FeedbackToAnswer> lock(UUID feedbackId) {
        return sql.fetchOptional("""
                select id, municipality, author_id, coalesce(unit, 'arrangement') as title, respond_by from feedback
                where id = ? and withdrawn_at is null for update""", feedbackId)
            .map(row -> new FeedbackToAnswer(row.get("id", UUID.class), row.get("municipality", String.class),
                row.get("author_id", String.class), row.get("title", String.class),
                row.get("respond_by", LocalDate.class)));
    }

    @Override
    public void save(AnswerEvent.Answered answered) {
        var answer = answered.answer();
        sql.execute("""
                update feedback set answer_text = ?, answer_public = ?, answered_by = ?, answered_at = ?::timestamptz,
                                    answered_on_time = ?
                where id = ?""",
            answer.text(), answer.publicAnswer(), answer.answeredBy(), utc(answer), answer.onTime(),
            answered.feedback().id());
    }

    @Override
    public void save(AnswerEvent.ResponseDateChanged changed) {
        var id = changed.feedback().id();
        sql.execute("update feedback set respond_by = ? where id = ?", changed.respondBy(), id);
        sql.execute("""
                insert into feedback_response_date_change (feedback_id, respond_by, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?::timestamptz)""",
            id, changed.respondBy(), changed.reason(), changed.changedBy(),
            OffsetDateTime.ofInstant(changed.occurredAt(), ZoneOffset.UTC));
    }

    private static OffsetDateTime utc(Answer answer) {
        return OffsetDateTime.ofInstant(answer.answeredAt(), ZoneOffset.UTC);
    }
}
