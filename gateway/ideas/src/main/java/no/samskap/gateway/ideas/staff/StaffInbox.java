package no.samskap.gateway.ideas.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.staff.StaffMember;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Reads one municipality's staff inbox. Response dates are days in Norway, so "today" is today in Oslo. */
@Singleton
class StaffInbox {

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
        var today = today();
        var underAssessment = underAssessment(viewer, today);
        return new Inbox(viewer.municipality(), today, toModerate(viewer), reportedIdeas(viewer),
            reportedComments(viewer), hiddenIdeas(viewer), hiddenComments(viewer),
            appeals(viewer), commentAppeals(viewer), Due.OVERDUE.of(underAssessment), Due.SOON.of(underAssessment), thresholdReached(viewer),
            toAssess(viewer), Due.LATER.of(underAssessment));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }

    @Transactional(readOnly = true)
    List<Inbox.IdeaToModerate> toModerate(StaffMember viewer) {
        return sql.fetch("""
                select id, title, body, submitted_at from staff_inbox_idea
                where municipality = ? and status = 'submitted' order by submitted_at, id""", viewer.municipality())
            .map(row -> new Inbox.IdeaToModerate(id(row), row.get("title", String.class), row.get("body", String.class),
                instant(row, "submitted_at")));
    }

    @Transactional(readOnly = true)
    List<Inbox.HiddenIdea> hiddenIdeas(StaffMember viewer) {
        return sql.fetch("""
                select id, title, body, status, hidden_reason, hidden_by, hidden_at from staff_inbox_idea
                where municipality = ? and hidden_at is not null and appealed_at is null and not hiding_final
                  and status <> 'withdrawn'
                order by hidden_at, id""", viewer.municipality())
            .map(row -> new Inbox.HiddenIdea(id(row), row.get("title", String.class), row.get("body", String.class),
                row.get("status", String.class), row.get("hidden_reason", String.class), row.get("hidden_by", String.class),
                viewer.made(row.get("hidden_by", String.class)), instant(row, "hidden_at"), reportsOf(row, null)));
    }

    @Transactional(readOnly = true)
    List<Inbox.HiddenComment> hiddenComments(StaffMember viewer) {
        return sql.fetch("""
                select c.id, c.idea_id, i.title, c.body, c.hidden_reason, c.hidden_by, c.hidden_at
                from staff_inbox_comment c join staff_inbox_idea i on i.id = c.idea_id
                where c.municipality = ? and c.hidden_at is not null and c.appealed_at is null and not c.hiding_final
                  and i.status <> 'withdrawn'
                order by c.hidden_at, c.id""", viewer.municipality())
            .map(row -> new Inbox.HiddenComment(row.get("idea_id", UUID.class).toString(), row.get("title", String.class),
                id(row), row.get("body", String.class), row.get("hidden_reason", String.class),
                row.get("hidden_by", String.class), instant(row, "hidden_at"), reportsOf(row, "id")));
    }

    @Transactional(readOnly = true)
    List<Inbox.ReportedIdea> reportedIdeas(StaffMember viewer) {
        return sql.fetch("""
                select i.id, i.title, i.body, i.status from staff_inbox_idea i
                where i.municipality = ? and i.hidden_at is null and i.status not in ('withdrawn', 'rejected')
                  and exists (select 1 from staff_inbox_report r where r.idea_id = i.id and r.comment_id is null)
                order by (select min(r.reported_at) from staff_inbox_report r
                          where r.idea_id = i.id and r.comment_id is null), i.id""", viewer.municipality())
            .map(row -> new Inbox.ReportedIdea(id(row), row.get("title", String.class), row.get("body", String.class),
                row.get("status", String.class), reportsOf(row, null)));
    }

    @Transactional(readOnly = true)
    List<Inbox.ReportedComment> reportedComments(StaffMember viewer) {
        return sql.fetch("""
                select c.id, c.idea_id, i.title, c.body from staff_inbox_comment c
                join staff_inbox_idea i on i.id = c.idea_id
                where c.municipality = ? and c.hidden_at is null and i.status <> 'withdrawn'
                  and exists (select 1 from staff_inbox_report r where r.comment_id = c.id)
                order by (select min(r.reported_at) from staff_inbox_report r where r.comment_id = c.id), c.id""",
                viewer.municipality())
            .map(row -> new Inbox.ReportedComment(row.get("idea_id", UUID.class).toString(),
                row.get("title", String.class), id(row), row.get("body", String.class), reportsOf(row, "id")));
    }

    /** The reasons reported of the row's idea ({@code commentColumn} null) or of the comment in that column. */
    private List<String> reportsOf(Record row, String commentColumn) {
        return commentColumn == null
            ? sql.fetch("select reason from staff_inbox_report where idea_id = ? and comment_id is null"
                + " order by reported_at, message_id", row.get("id", UUID.class)).map(reason -> reason.get(0, String.class))
            : sql.fetch("select reason from staff_inbox_report where comment_id = ? order by reported_at, message_id",
                row.get(commentColumn, UUID.class)).map(reason -> reason.get(0, String.class));
    }

    @Transactional(readOnly = true)
    List<Inbox.Appeal> appeals(StaffMember viewer) {
        return sql.fetch("""
                select id, title, body, appealed_against, appealed_at,
                       case appealed_against when 'hidden' then hidden_reason else rejected_reason end as reason,
                       case appealed_against when 'hidden' then hidden_by else rejected_by end as decided_by
                from staff_inbox_idea where municipality = ? and appealed_at is not null
                order by appealed_at, id""", viewer.municipality())
            .map(row -> {
                var decidedBy = row.get("decided_by", String.class);
                var byViewer = viewer.made(decidedBy);
                return new Inbox.Appeal(id(row), row.get("title", String.class), row.get("body", String.class),
                    row.get("appealed_against", String.class), row.get("reason", String.class), decidedBy, byViewer,
                    !byViewer, instant(row, "appealed_at"));
            });
    }

    /** Hidden comments whose author appealed the hiding; who hid it may not decide, as for an idea's appeal. */
    @Transactional(readOnly = true)
    List<Inbox.CommentAppeal> commentAppeals(StaffMember viewer) {
        return sql.fetch("""
                select c.id, c.idea_id, i.title, c.body, c.hidden_reason, c.hidden_by, c.appealed_at
                from staff_inbox_comment c join staff_inbox_idea i on i.id = c.idea_id
                where c.municipality = ? and c.appealed_at is not null and c.hidden_at is not null
                  and i.status <> 'withdrawn'
                order by c.appealed_at, c.id""", viewer.municipality())
            .map(row -> {
                var hiddenBy = row.get("hidden_by", String.class);
                return new Inbox.CommentAppeal(row.get("idea_id", UUID.class).toString(), row.get("title", String.class),
                    id(row), row.get("body", String.class), row.get("hidden_reason", String.class), hiddenBy,
                    viewer.made(hiddenBy), instant(row, "appealed_at"));
            });
    }

    /** Ideas under assessment whose answer is due as {@code due} says, counted from today in Norway. */
    @Transactional(readOnly = true)
    List<Inbox.IdeaToAnswer> underAssessment(StaffMember viewer, Due due) {
        return due.of(underAssessment(viewer, today()));
    }

    private List<Inbox.IdeaToAnswer> underAssessment(StaffMember viewer, LocalDate today) {
        return sql.fetch("""
                select id, title, respond_by from staff_inbox_idea
                where municipality = ? and status = 'under-assessment'
                order by respond_by, id""", viewer.municipality())
            .map(row -> {
                var respondBy = row.get("respond_by", LocalDate.class);
                return new Inbox.IdeaToAnswer(id(row), row.get("title", String.class), respondBy,
                    ChronoUnit.DAYS.between(today, respondBy));
            });
    }

    /** Published ideas whose supports reached the threshold, the longest waiting first; all of them are shown. */
    @Transactional(readOnly = true)
    List<Inbox.IdeaToAssess> thresholdReached(StaffMember viewer) {
        return toAssess(viewer, "b.threshold_reached_at is not null", "b.threshold_reached_at, s.id", Integer.MAX_VALUE);
    }

    /** The other published ideas, most supported first. */
    @Transactional(readOnly = true)
    List<Inbox.IdeaToAssess> toAssess(StaffMember viewer) {
        return toAssess(viewer, "b.threshold_reached_at is null", "b.support_count desc, b.published_at, s.id",
            TO_ASSESS_SHOWN);
    }

    private List<Inbox.IdeaToAssess> toAssess(StaffMember viewer, String condition, String order, int limit) {
        return sql.fetch("""
                select s.id, s.title, s.body, b.support_count, b.published_at, b.threshold_reached_at
                from staff_inbox_idea s join idea_board b on b.id = s.id
                where s.municipality = ? and s.status = 'published' and s.hidden_at is null and %s
                order by %s
                limit ?""".formatted(condition, order), viewer.municipality(), limit)
            .map(row -> new Inbox.IdeaToAssess(id(row), row.get("title", String.class), row.get("body", String.class),
                row.get("support_count", Integer.class), instant(row, "published_at"),
                row.get("threshold_reached_at", OffsetDateTime.class) == null ? null
                    : instant(row, "threshold_reached_at")));
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
