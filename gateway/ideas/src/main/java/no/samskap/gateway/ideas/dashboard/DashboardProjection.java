package no.samskap.gateway.ideas.dashboard;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.consumption.BeforeCommit;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps what the staff dashboard needs beyond the idea board's current state: when each idea was submitted,
 * published and first answered, and per day how many ideas, supports and residents' comments came in. Keeps no
 * person ids. Every change is a first-wins {@code coalesce} or a count of a message the platform applies once.
 */
@Singleton
class DashboardProjection implements MessageHandler {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;
    private final HandlersByType handlers;
    private final BeforeCommit beforeCommit;

    DashboardProjection(DSLContext sql, BeforeCommit beforeCommit) {
        this.sql = sql;
        this.beforeCommit = beforeCommit;
        this.handlers = HandlersByType.of(ProposalsMessages.IDEA)
            .on(ProposalsMessages.IDEA_SUBMITTED, (envelope, submitted) -> submitted(envelope, submitted.submittedAt()))
            // An upheld appeal against a rejection publishes the idea: from then on an answer is owed again.
            .on(ProposalsMessages.IDEA_PUBLISHED, (envelope, published) -> clock(envelope,
                "published_at = coalesce(published_at, ?::timestamptz), closed_at = null", at(envelope)))
            .on(ProposalsMessages.IDEA_ASSESSMENT_STARTED, (envelope, started) -> clock(envelope,
                "first_answer_at = coalesce(first_answer_at, ?::timestamptz)", at(envelope)))
            .on(ProposalsMessages.IDEA_ANSWERED, (envelope, answered) -> clock(envelope,
                "first_answer_at = coalesce(first_answer_at, ?::timestamptz),"
                    + " answered_at = coalesce(answered_at, ?::timestamptz)", at(envelope), at(envelope)))
            .on(ProposalsMessages.IDEA_REJECTED, (envelope, rejected) -> closed(envelope))
            .on(ProposalsMessages.IDEA_WITHDRAWN, (envelope, withdrawn) -> closed(envelope))
            .on(ProposalsMessages.SUPPORT_GIVEN,
                (envelope, given) -> count(envelope.municipality(), envelope.occurredAt(), 0, 1, 0))
            .on(ProposalsMessages.COMMENT_ADDED, (envelope, added) -> {
                if (!added.official()) {
                    count(envelope.municipality(), envelope.occurredAt(), 0, 0, 1);
                }
            })
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from dashboard_answer_clock");
        sql.execute("delete from dashboard_participation");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void submitted(Envelope envelope, Instant submittedAt) {
        sql.execute("""
                insert into dashboard_answer_clock (idea_id, municipality, submitted_at) values (?, ?, ?::timestamptz)
                on conflict (idea_id) do nothing""",
            idea(envelope), envelope.municipality(), utc(submittedAt));
        count(envelope.municipality(), submittedAt, 1, 0, 0);
    }

    private void closed(Envelope envelope) {
        clock(envelope, "closed_at = coalesce(closed_at, ?::timestamptz)", at(envelope));
    }

    private void clock(Envelope envelope, String assignments, Object... values) {
        var bindings = new Object[values.length + 1];
        System.arraycopy(values, 0, bindings, 0, values.length);
        bindings[values.length] = idea(envelope);
        sql.execute("update dashboard_answer_clock set " + assignments + " where idea_id = ?", bindings);
    }

    /**
     * A day's row is shared by all the municipality's ideas, so a transaction adds up its counts and writes each
     * row once before it commits, in the order of municipality and day: transactions applying other partitions
     * side by side then hold such a row for moments and always take them in the same order (ADR 0068).
     */
    private void count(String municipality, Instant at, int ideas, int supports, int comments) {
        var day = new Day(municipality, dayInNorway(at));
        beforeCommit.gather(this, () -> new TreeMap<Day, int[]>(),
            days -> {
                var counts = days.computeIfAbsent(day, key -> new int[3]);
                counts[0] += ideas;
                counts[1] += supports;
                counts[2] += comments;
            },
            days -> days.forEach(this::write));
    }

    private void write(Day day, int[] counts) {
        sql.execute("""
                insert into dashboard_participation (municipality, day, ideas_submitted, supports_given, comments_added)
                values (?, ?::date, ?, ?, ?)
                on conflict (municipality, day) do update set
                    ideas_submitted = dashboard_participation.ideas_submitted + excluded.ideas_submitted,
                    supports_given = dashboard_participation.supports_given + excluded.supports_given,
                    comments_added = dashboard_participation.comments_added + excluded.comments_added""",
            day.municipality(), day.day().toString(), counts[0], counts[1], counts[2]);
    }

    private record Day(String municipality, LocalDate day) implements Comparable<Day> {
        @Override
        public int compareTo(Day other) {
            var byMunicipality = municipality.compareTo(other.municipality);
            return byMunicipality != 0 ? byMunicipality : day.compareTo(other.day);
        }
    }

    static LocalDate dayInNorway(Instant at) {
        return at.atZone(NORWAY).toLocalDate();
    }

    private static OffsetDateTime at(Envelope envelope) {
        return utc(envelope.occurredAt());
    }

    private static UUID idea(Envelope envelope) {
        return UUID.fromString(envelope.aggregateId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
