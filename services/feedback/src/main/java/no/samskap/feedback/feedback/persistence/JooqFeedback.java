package no.samskap.feedback.feedback.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.feedback.domain.AllFeedback;
import no.samskap.feedback.feedback.domain.Author;
import no.samskap.feedback.feedback.domain.Contents;
import no.samskap.feedback.feedback.domain.Eligibility;
import no.samskap.feedback.feedback.domain.Feedback;
import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import no.samskap.feedback.feedback.domain.Subject;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Feedback in one row each; the version column guards against lost updates, a unique index against a second one. */
@Singleton
class JooqFeedback implements AllFeedback {

    private static final String CURRENT = "select * from feedback where withdrawn_at is null ";

    private final DSLContext sql;

    JooqFeedback(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Feedback add(Feedback feedback) {
        var contents = feedback.contents();
        try {
            sql.execute("""
                    insert into feedback (id, municipality, event_id, unit, author_id, author_name, anonymous, rating,
                        text, wish_next, idea_consent, respond_by, given_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, 0)""",
                feedback.id().value(), feedback.municipality().value(), feedback.subject().eventId(),
                feedback.subject().unit(), feedback.author().id(), feedback.author().name(), feedback.anonymous(),
                (short) contents.rating(), contents.text(), contents.wishNext(), feedback.ideaConsent(),
                feedback.respondBy(), at(feedback.givenAt()));
        } catch (IntegrityConstraintViolationException second) {
            throw Refusal.rule(Refusal.Kind.CONFLICT, Eligibility.ALREADY_GIVEN, "eventId",
                "you have already given feedback on this event; change that one instead");
        }
        return find(feedback.id()).orElseThrow();
    }

    @Override
    public Feedback update(Feedback feedback) {
        var contents = feedback.contents();
        var changed = sql.execute("""
                update feedback set rating = ?, text = ?, wish_next = ?, idea_consent = ?, edited_at = ?::timestamptz,
                    withdrawn_at = ?::timestamptz, version = version + 1
                where id = ? and version = ?""",
            (short) contents.rating(), contents.text(), contents.wishNext(), feedback.ideaConsent(),
            at(feedback.editedAt()), at(feedback.withdrawnAt()), feedback.id().value(), feedback.version());
        if (changed == 0) {
            throw new OptimisticLockException("the feedback " + feedback.id() + " was changed by someone else");
        }
        return sql.fetchOptional("select * from feedback where id = ?", feedback.id().value())
            .map(JooqFeedback::toFeedback).orElseThrow();
    }

    @Override
    public Optional<Feedback> find(FeedbackId id) {
        return sql.fetchOptional(CURRENT + "and id = ?", id.value()).map(JooqFeedback::toFeedback);
    }

    @Override
    public Optional<Feedback> findForUpdate(FeedbackId id) {
        return sql.fetchOptional(CURRENT + "and id = ? for update", id.value()).map(JooqFeedback::toFeedback);
    }

    @Override
    public Optional<Feedback> byAuthorOnEvent(String authorId, UUID eventId) {
        return sql.fetchOptional(CURRENT + "and author_id = ? and event_id = ?", authorId, eventId)
            .map(JooqFeedback::toFeedback);
    }

    @Override
    public List<Feedback> byAuthor(String authorId) {
        return sql.fetch(CURRENT + "and author_id = ? order by given_at desc, id", authorId)
            .map(JooqFeedback::toFeedback);
    }

    @Override
    public List<Feedback> inMunicipality(MunicipalityNumber municipality, UUID eventId, String unit, int offset,
                                         int limit) {
        return sql.fetch(CURRENT + """
                and municipality = ? and (?::uuid is null or event_id = ?::uuid) and (?::text is null or unit = ?::text)
                order by given_at desc, id offset ? limit ?""",
            municipality.value(), eventId, eventId, unit, unit, offset, limit).map(JooqFeedback::toFeedback);
    }

    @Override
    public List<Feedback> byResponseDate(MunicipalityNumber municipality, UUID eventId, String unit) {
        return sql.fetch(CURRENT + """
                and municipality = ? and (?::uuid is null or event_id = ?::uuid) and (?::text is null or unit = ?::text)
                order by respond_by, given_at, id""",
            municipality.value(), eventId, eventId, unit, unit).map(JooqFeedback::toFeedback);
    }

    private static Feedback toFeedback(Record row) {
        var eventId = row.get("event_id", UUID.class);
        return new Feedback(new FeedbackId(row.get("id", UUID.class)),
            new MunicipalityNumber(row.get("municipality", String.class)),
            eventId != null ? Subject.event(eventId) : Subject.unit(row.get("unit", String.class)),
            new Author(row.get("author_id", String.class), row.get("author_name", String.class)),
            row.get("anonymous", Boolean.class),
            new Contents(row.get("rating", Integer.class), row.get("text", String.class),
                row.get("wish_next", String.class)),
            row.get("idea_consent", Boolean.class), row.get("respond_by", LocalDate.class),
            instant(row, "given_at"), instant(row, "edited_at"), instant(row, "withdrawn_at"),
            row.get("version", Long.class));
    }

    private static Instant instant(Record row, String column) {
        var value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
