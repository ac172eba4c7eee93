package no.samskap.gateway.ideas.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reads one municipality's staff inbox. Response dates are days in Norway, so "today" is today in Oslo. */
@Singleton
class StaffInbox {

    static final int DUE_SOON_DAYS = 7;
    /** The board lists them all; the inbox shows the ones most residents want answered. */
    static final int TO_ASSESS_SHOWN = 50;
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;
    private final Clock clock;

    StaffInbox(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Inbox of(StaffMember viewer) {
        var municipality = viewer.municipality();
        var today = LocalDate.now(clock.withZone(NORWAY));
        var toModerate = sql.fetch("""
                select id, title, body, submitted_at from staff_inbox_idea
                where municipality = ? and status = 'submitted' order by submitted_at, id""", municipality)
            .map(row -> new Inbox.IdeaToModerate(id(row), row.get("title", String.class), row.get("body", String.class),
                instant(row, "submitted_at")));
        var hiddenIdeas = sql.fetch("""
                select id, title, body, status, hidden_reason, hidden_by, hidden_at from staff_inbox_idea
                where municipality = ? and hidden_at is not null and appealed_at is null and not hiding_final
                  and status <> 'withdrawn'
                order by hidden_at, id""", municipality)
            .map(row -> new Inbox.HiddenIdea(id(row), row.get("title", String.class), row.get("body", String.class),
                row.get("status", String.class), row.get("hidden_reason", String.class), row.get("hidden_by", String.class),
                viewer.made(row.get("hidden_by", String.class)), instant(row, "hidden_at")));
        var hiddenComments = sql.fetch("""
                select c.id, c.idea_id, i.title, c.body, c.hidden_reason, c.hidden_by, c.hidden_at
                from staff_inbox_comment c join staff_inbox_idea i on i.id = c.idea_id
                where c.municipality = ? and c.hidden_at is not null and i.status <> 'withdrawn'
                order by c.hidden_at, c.id""", municipality)
            .map(row -> new Inbox.HiddenComment(row.get("idea_id", UUID.class).toString(), row.get("title", String.class),
                id(row), row.get("body", String.class), row.get("hidden_reason", String.class),
                row.get("hidden_by", String.class), instant(row, "hidden_at")));
        var appeals = sql.fetch("""
                select id, title, body, appealed_against, appealed_at,
                       case appealed_against when 'hidden' then hidden_reason else rejected_reason end as reason,
                       case appealed_against when 'hidden' then hidden_by else rejected_by end as decided_by
                from staff_inbox_idea where municipality = ? and appealed_at is not null
                order by appealed_at, id""", municipality)
            .map(row -> {
                var decidedBy = row.get("decided_by", String.class);
                var byViewer = viewer.made(decidedBy);
                return new Inbox.Appeal(id(row), row.get("title", String.class), row.get("body", String.class),
                    row.get("appealed_against", String.class), row.get("reason", String.class), decidedBy, byViewer,
                    !byViewer, instant(row, "appealed_at"));
            });
        var underAssessment = sql.fetch("""
                select id, title, respond_by from staff_inbox_idea
                where municipality = ? and status = 'under-assessment'
                order by respond_by, id""", municipality)
            .map(row -> {
                var respondBy = row.get("respond_by", LocalDate.class);
                return new Inbox.IdeaToAnswer(id(row), row.get("title", String.class), respondBy,
                    ChronoUnit.DAYS.between(today, respondBy));
            });
        var overdue = underAssessment.stream().filter(idea -> idea.daysLeft() < 0).toList();
        var dueSoon = underAssessment.stream()
            .filter(idea -> idea.daysLeft() >= 0 && idea.daysLeft() <= DUE_SOON_DAYS).toList();
        var assessing = underAssessment.stream().filter(idea -> idea.daysLeft() > DUE_SOON_DAYS).toList();
        var toAssess = sql.fetch("""
                select s.id, s.title, s.body, b.support_count, b.published_at
                from staff_inbox_idea s join idea_board b on b.id = s.id
                where s.municipality = ? and s.status = 'published' and s.hidden_at is null
                order by b.support_count desc, b.published_at, s.id
                limit ?""", municipality, TO_ASSESS_SHOWN)
            .map(row -> new Inbox.IdeaToAssess(id(row), row.get("title", String.class), row.get("body", String.class),
                row.get("support_count", Integer.class), instant(row, "published_at")));
        return new Inbox(municipality, today, toModerate, hiddenIdeas, hiddenComments, appeals, overdue, dueSoon,
            toAssess, assessing);
    }

    /** Whether {@code query}, a select with the item's id as its one parameter, finds a row. */
    @Transactional(readOnly = true)
    boolean shows(String query, UUID item) {
        return sql.fetchOptional(query, item).isPresent();
    }

    private static String id(Record row) {
        return row.get("id", UUID.class).toString();
    }

    private static java.time.Instant instant(Record row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }
}
