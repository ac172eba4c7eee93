package no.samskap.gateway.ideas.staff;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.staff.SectionQuery.SortKey;
import no.samskap.gateway.shell.staff.StaffMember;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.DATE;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.ID;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.NUMBER;
import static no.samskap.gateway.ideas.staff.SectionCursor.KeyType.TIME;

/**
 * Reads one municipality's staff inbox a page of each section at a time: the first {@link #SHOWN} items in the
 * section's order, or those after a cursor, with how many the section holds. Response dates are days in Norway, so
 * "today" is today in Oslo.
 */
@Singleton
class StaffInbox {

    /** A section shows this many at a time; the board lists every published idea, the inbox what waits longest. */
    static final int SHOWN = 50;
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    /** The ideas a municipality, bound first, has in the tally; each large section narrows it to its own. */
    private static final String TALLY = "select coalesce(sum(ideas), 0) from staff_inbox_tally where municipality = ?";
    private static final String PUBLISHED_FROM = "idea_board b join staff_inbox_idea s on s.id = b.id";
    private static final String PUBLISHED = "b.municipality = ? and s.status = 'published' and s.hidden_at is null";

    private final DSLContext sql;
    private final Clock clock;
    private final ReportReasons reasons;

    StaffInbox(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.reasons = new ReportReasons(sql);
    }

    @Transactional(readOnly = true)
    Inbox of(StaffMember viewer, Optional<InboxPaging> paging) {
        var sections = new ArrayList<Inbox.Section>();
        return new Inbox(viewer.municipality(), today(),
            shown(IdeaSection.TO_MODERATE, toModerate(viewer, after(paging, IdeaSection.TO_MODERATE)), sections),
            shown(IdeaSection.REPORTED_IDEAS, reportedIdeas(viewer, after(paging, IdeaSection.REPORTED_IDEAS)), sections),
            shown(IdeaSection.REPORTED_COMMENTS, reportedComments(viewer, after(paging, IdeaSection.REPORTED_COMMENTS)),
                sections),
            shown(IdeaSection.HIDDEN_IDEAS, hiddenIdeas(viewer, after(paging, IdeaSection.HIDDEN_IDEAS)), sections),
            shown(IdeaSection.HIDDEN_COMMENTS, hiddenComments(viewer, after(paging, IdeaSection.HIDDEN_COMMENTS)),
                sections),
            shown(IdeaSection.APPEALS, appeals(viewer, after(paging, IdeaSection.APPEALS)), sections),
            shown(IdeaSection.COMMENT_APPEALS, commentAppeals(viewer, after(paging, IdeaSection.COMMENT_APPEALS)),
                sections),
            shown(IdeaSection.OVERDUE, underAssessment(viewer, Due.OVERDUE, after(paging, IdeaSection.OVERDUE)),
                sections),
            shown(IdeaSection.DUE_SOON, underAssessment(viewer, Due.SOON, after(paging, IdeaSection.DUE_SOON)), sections),
            shown(IdeaSection.THRESHOLD_REACHED, thresholdReached(viewer, after(paging, IdeaSection.THRESHOLD_REACHED)),
                sections),
            shown(IdeaSection.TO_ASSESS, toAssess(viewer, after(paging, IdeaSection.TO_ASSESS)), sections),
            shown(IdeaSection.ASSESSING, underAssessment(viewer, Due.LATER, after(paging, IdeaSection.ASSESSING)),
                sections),
            sections);
    }

    private static Optional<InboxPaging> after(Optional<InboxPaging> paging, IdeaSection section) {
        return InboxPaging.of(paging, section);
    }

    private static <T> List<T> shown(IdeaSection section, Paged<T> page, List<Inbox.Section> sections) {
        sections.add(new Inbox.Section(section.key, page.count(), section.waiting(), page.next().orElse(null)));
        return page.items();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }

    @Transactional(readOnly = true)
    Paged<Inbox.IdeaToModerate> toModerate(StaffMember viewer, Optional<InboxPaging> after) {
        return new SectionQuery(IdeaSection.TO_MODERATE.key, "id, title, body, submitted_at", "staff_inbox_idea",
                "municipality = ? and status = 'submitted'", List.of(viewer.municipality()),
                List.of(new SortKey("submitted_at", TIME), new SortKey("id", ID)))
            .countedBy(TALLY + " and status = 'submitted'", List.of(viewer.municipality()))
            .page(sql, after, SHOWN)
            .map(row -> new Inbox.IdeaToModerate(id(row), row.get("title", String.class), row.get("body", String.class),
                instant(row, "submitted_at")));
    }

    @Transactional(readOnly = true)
    Paged<Inbox.HiddenIdea> hiddenIdeas(StaffMember viewer, Optional<InboxPaging> after) {
        var page = new SectionQuery(IdeaSection.HIDDEN_IDEAS.key,
                "id, title, body, status, hidden_reason, hidden_by, hidden_at", "staff_inbox_idea",
                "municipality = ? and hidden_at is not null and appealed_at is null and not hiding_final"
                    + " and status <> 'withdrawn'", List.of(viewer.municipality()),
                List.of(new SortKey("hidden_at", TIME), new SortKey("id", ID)))
            .page(sql, after, SHOWN);
        var reported = reasons.ofIdeas(ids(page, "id"));
        return page.map(row -> new Inbox.HiddenIdea(id(row), row.get("title", String.class),
            row.get("body", String.class), row.get("status", String.class), row.get("hidden_reason", String.class),
            row.get("hidden_by", String.class), viewer.made(row.get("hidden_by", String.class)),
            instant(row, "hidden_at"), reported.of(row.get("id", UUID.class))));
    }

    @Transactional(readOnly = true)
    Paged<Inbox.HiddenComment> hiddenComments(StaffMember viewer, Optional<InboxPaging> after) {
        var page = new SectionQuery(IdeaSection.HIDDEN_COMMENTS.key,
                "c.id, c.idea_id, i.title, c.body, c.hidden_reason, c.hidden_by, c.hidden_at",
                "staff_inbox_comment c join staff_inbox_idea i on i.id = c.idea_id",
                "c.municipality = ? and c.hidden_at is not null and c.appealed_at is null and not c.hiding_final"
                    + " and i.status <> 'withdrawn'", List.of(viewer.municipality()),
                List.of(new SortKey("c.hidden_at", TIME), new SortKey("c.id", ID)))
            .page(sql, after, SHOWN);
        var reported = reasons.ofComments(ids(page, "id"));
        return page.map(row -> new Inbox.HiddenComment(row.get("idea_id", UUID.class).toString(),
            row.get("title", String.class), id(row), row.get("body", String.class),
            row.get("hidden_reason", String.class), row.get("hidden_by", String.class), instant(row, "hidden_at"),
            reported.of(row.get("id", UUID.class))));
    }

    /** In the order they were first reported; the reports' own table finds them, it holds only unreviewed ones. */
    @Transactional(readOnly = true)
    Paged<Inbox.ReportedIdea> reportedIdeas(StaffMember viewer, Optional<InboxPaging> after) {
        var page = new SectionQuery(IdeaSection.REPORTED_IDEAS.key, "i.id, i.title, i.body, i.status", """
                (select idea_id, min(reported_at) as first_reported_at from staff_inbox_report
                 where municipality = ? and comment_id is null group by idea_id) as r
                join staff_inbox_idea i on i.id = r.idea_id""",
                "i.municipality = ? and i.hidden_at is null and i.status not in ('withdrawn', 'rejected')",
                List.of(viewer.municipality(), viewer.municipality()),
                List.of(new SortKey("r.first_reported_at", TIME), new SortKey("i.id", ID)))
            .page(sql, after, SHOWN);
        var reported = reasons.ofIdeas(ids(page, "id"));
        return page.map(row -> new Inbox.ReportedIdea(id(row), row.get("title", String.class),
            row.get("body", String.class), row.get("status", String.class), reported.of(row.get("id", UUID.class))));
    }

    @Transactional(readOnly = true)
    Paged<Inbox.ReportedComment> reportedComments(StaffMember viewer, Optional<InboxPaging> after) {
        var page = new SectionQuery(IdeaSection.REPORTED_COMMENTS.key, "c.id, c.idea_id, i.title, c.body", """
                (select comment_id, min(reported_at) as first_reported_at from staff_inbox_report
                 where municipality = ? and comment_id is not null group by comment_id) as r
                join staff_inbox_comment c on c.id = r.comment_id join staff_inbox_idea i on i.id = c.idea_id""",
                "c.municipality = ? and c.hidden_at is null and i.status <> 'withdrawn'",
                List.of(viewer.municipality(), viewer.municipality()),
                List.of(new SortKey("r.first_reported_at", TIME), new SortKey("c.id", ID)))
            .page(sql, after, SHOWN);
        var reported = reasons.ofComments(ids(page, "id"));
        return page.map(row -> new Inbox.ReportedComment(row.get("idea_id", UUID.class).toString(),
            row.get("title", String.class), id(row), row.get("body", String.class),
            reported.of(row.get("id", UUID.class))));
    }

    @Transactional(readOnly = true)
    Paged<Inbox.Appeal> appeals(StaffMember viewer, Optional<InboxPaging> after) {
        return new SectionQuery(IdeaSection.APPEALS.key, """
                id, title, body, appealed_against, appealed_at,
                case appealed_against when 'hidden' then hidden_reason else rejected_reason end as reason,
                case appealed_against when 'hidden' then hidden_by else rejected_by end as decided_by""",
                "staff_inbox_idea", "municipality = ? and appealed_at is not null", List.of(viewer.municipality()),
                List.of(new SortKey("appealed_at", TIME), new SortKey("id", ID)))
            .page(sql, after, SHOWN)
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
    Paged<Inbox.CommentAppeal> commentAppeals(StaffMember viewer, Optional<InboxPaging> after) {
        return new SectionQuery(IdeaSection.COMMENT_APPEALS.key,
                "c.id, c.idea_id, i.title, c.body, c.hidden_reason, c.hidden_by, c.appealed_at",
                "staff_inbox_comment c join staff_inbox_idea i on i.id = c.idea_id",
                "c.municipality = ? and c.appealed_at is not null and c.hidden_at is not null"
                    + " and i.status <> 'withdrawn'", List.of(viewer.municipality()),
                List.of(new SortKey("c.appealed_at", TIME), new SortKey("c.id", ID)))
            .page(sql, after, SHOWN)
            .map(row -> {
                var hiddenBy = row.get("hidden_by", String.class);
                return new Inbox.CommentAppeal(row.get("idea_id", UUID.class).toString(),
                    row.get("title", String.class), id(row), row.get("body", String.class),
                    row.get("hidden_reason", String.class), hiddenBy, viewer.made(hiddenBy), instant(row, "appealed_at"));
            });
    }

    /** Ideas under assessment whose answer is due as {@code due} says, counted from today in Norway. */
    @Transactional(readOnly = true)
    Paged<Inbox.IdeaToAnswer> underAssessment(StaffMember viewer, Due due, Optional<InboxPaging> after) {
        var today = today();
        var bindings = new ArrayList<Object>(List.of(viewer.municipality()));
        bindings.addAll(due.bindings(today));
        return new SectionQuery(sectionOf(due).key, "id, title, respond_by", "staff_inbox_idea",
                "municipality = ? and status = 'under-assessment' and " + due.condition, bindings,
                List.of(new SortKey("respond_by", DATE), new SortKey("id", ID)))
            .countedBy(TALLY + " and status = 'under-assessment' and " + due.condition, bindings)
            .page(sql, after, SHOWN)
            .map(row -> {
                var respondBy = row.get("respond_by", LocalDate.class);
                return new Inbox.IdeaToAnswer(id(row), row.get("title", String.class), respondBy,
                    ChronoUnit.DAYS.between(today, respondBy));
            });
    }

    private static IdeaSection sectionOf(Due due) {
        return switch (due) {
            case OVERDUE -> IdeaSection.OVERDUE;
            case SOON -> IdeaSection.DUE_SOON;
            case LATER -> IdeaSection.ASSESSING;
        };
    }

    /** Published ideas whose supports reached the threshold, the longest waiting first. */
    @Transactional(readOnly = true)
    Paged<Inbox.IdeaToAssess> thresholdReached(StaffMember viewer, Optional<InboxPaging> after) {
        return published(IdeaSection.THRESHOLD_REACHED, viewer, "b.threshold_reached_at is not null",
                List.of(new SortKey("b.threshold_reached_at", TIME), new SortKey("b.id", ID)))
            .page(sql, after, SHOWN)
            .map(StaffInbox::toAssess);
    }

    /**
     * The other published ideas, most supported first; the negated count keeps every key of the order ascending. They
     * are counted as the published, visible ideas less those that reached the threshold.
     */
    @Transactional(readOnly = true)
    Paged<Inbox.IdeaToAssess> toAssess(StaffMember viewer, Optional<InboxPaging> after) {
        var municipality = viewer.municipality();
        return published(IdeaSection.TO_ASSESS, viewer, "b.threshold_reached_at is null and b.published_at is not null",
                List.of(new SortKey("-b.support_count", NUMBER), new SortKey("b.published_at", TIME),
                    new SortKey("b.id", ID)))
            .countedBy("select (" + TALLY + " and status = 'published' and visible) - (select count(*) from "
                + PUBLISHED_FROM + " where " + PUBLISHED + " and b.threshold_reached_at is not null)",
                List.of(municipality, municipality))
            .page(sql, after, SHOWN)
            .map(StaffInbox::toAssess);
    }

    private static SectionQuery published(IdeaSection section, StaffMember viewer, String condition,
                                          List<SortKey> order) {
        return new SectionQuery(section.key,
            "s.id, s.title, s.body, b.support_count, b.published_at, b.threshold_reached_at", PUBLISHED_FROM,
            PUBLISHED + " and " + condition, List.of(viewer.municipality()), order);
    }

    private static Inbox.IdeaToAssess toAssess(Record row) {
        return new Inbox.IdeaToAssess(id(row), row.get("title", String.class), row.get("body", String.class),
            row.get("support_count", Integer.class), instant(row, "published_at"),
            row.get("threshold_reached_at", OffsetDateTime.class) == null ? null : instant(row, "threshold_reached_at"));
    }

    /** Whether {@code query}, a select with the item's id as its one parameter, finds a row. */
    @Transactional(readOnly = true)
    boolean shows(String query, UUID item) {
        return sql.fetchOptional(query, item).isPresent();
    }

    private static List<UUID> ids(Paged<Record> page, String column) {
        return page.items().stream().map(row -> row.get(column, UUID.class)).toList();
    }

    private static String id(Record row) {
        return row.get("id", UUID.class).toString();
    }

    private static Instant instant(Record row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }
}
