package no.samskap.gateway.ideas.dashboard;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTimes;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dashboard's figures, always of one municipality, each added up in PostgreSQL: the ideas' current status
 * and classification from their counts per day (kept from the idea board, ADR 0061), answer times and participation
 * from {@link DashboardProjection}'s tables.
 */
@Singleton
class DashboardReadModel {

    static final List<String> STATUSES = List.of("submitted", "published", "rejected", "under-assessment", "accepted",
        "not-possible", "already-exists", "realised", "withdrawn");
    static final List<String> SERVICE_AREAS = List.of("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus",
        "digital", "annet");
    static final List<String> TARGET_GROUPS = List.of("barn", "ungdom", "voksne", "eldre", "alle");
    private static final double SECONDS_PER_DAY = 86_400;

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;
    private final Clock clock;

    DashboardReadModel(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DashboardFigures figures(String municipality, Period period) {
        var submitted = new Submitted(municipality, period);
        var counted = counts(municipality, period);
        var answerTimes = sql.fetchOne("select " + answerTime("first_answer_at - submitted_at", "first_answer_at is null")
            + ", " + answerTime("answered_at - published_at", "published_at is not null and answered_at is null")
            + " from dashboard_answer_clock where " + submitted.condition(), submitted.bindings());
        return new DashboardFigures(
            counted.of("status", STATUSES),
            counted.of("service_area", SERVICE_AREAS),
            counted.of("strategic_value", List.of()),
            counted.of("target_group", TARGET_GROUPS),
            new AnswerTimes(answerTime(answerTimes, 0), answerTime(answerTimes, 4)),
            participation(municipality, period), overdueNow(municipality), overduePetitionsNow(municipality));
    }

    private long overdueNow(String municipality) {
        return sql.fetchOne("""
                select count(*) from idea_board
                where municipality = ? and status = 'under-assessment' and respond_by < ?::date""",
            municipality, today()).get(0, Long.class);
    }

    /** Sent and not yet handled: once the council's handling is recorded, the status is its outcome. */
    private long overduePetitionsNow(String municipality) {
        return sql.fetchOne("""
                select count(*) from idea_petition
                where municipality = ? and status = 'sent' and council_deadline < ?::date""",
            municipality, today()).get(0, Long.class);
    }

    private String today() {
        return LocalDate.now(clock.withZone(NORWAY)).toString();
    }

    /**
     * The ideas submitted in the period by facet and code, most first: its whole months added up from the months'
     * counts, the days of the months it covers in part from the days'.
     */
    private Counted counts(String municipality, Period period) {
        var months = WholeMonths.of(period);
        var found = new LinkedHashMap<String, Map<String, Long>>();
        sql.fetch("""
                select facet, code, sum(ideas) from (
                    select facet, code, ideas from dashboard_idea_count_by_month
                    where municipality = ? and month >= cast(? as date) and month < cast(? as date)
                    union all
                    select facet, code, ideas from dashboard_idea_count
                    where municipality = ? and (day >= cast(? as date) and day < cast(? as date)
                                                or day >= cast(? as date) and day <= cast(? as date))
                ) as counts
                group by facet, code having sum(ideas) > 0 order by facet, sum(ideas) desc, code""",
                municipality, months.first(), months.end(), municipality, months.from(), months.first(), months.end(),
                period.to().toString())
            .forEach(row -> found.computeIfAbsent(row.get(0, String.class), facet -> new LinkedHashMap<>())
                .put(row.get(1, String.class), row.get(2, Long.class)));
        return new Counted(found);
    }

    /**
     * The months a period covers whole, from {@code first} up to {@code end} (exclusive), and where its days begin
     * ({@code from}); dates as PostgreSQL reads them, {@code -infinity} for a period from the start.
     */
    private record WholeMonths(String from, String first, String end) {

        static WholeMonths of(Period period) {
            var end = period.to().plusDays(1).withDayOfMonth(1);
            if (period.from() == null) {
                return new WholeMonths("-infinity", "-infinity", end.toString());
            }
            var first = period.from().getDayOfMonth() == 1 ? period.from() : period.from().plusMonths(1).withDayOfMonth(1);
            return first.isBefore(end) ? new WholeMonths(period.from().toString(), first.toString(), end.toString())
                : new WholeMonths(period.from().toString(), period.to().plusDays(1).toString(),
                    period.to().plusDays(1).toString());
        }
    }

    private record Counted(Map<String, Map<String, Long>> byFacet) {

        /** Every known code in its usual order, also those no idea has; then codes the list does not know, most first. */
        List<Count> of(String facet, List<String> known) {
            var found = byFacet.getOrDefault(facet, Map.of());
            var counts = new ArrayList<Count>();
            known.forEach(each -> counts.add(new Count(each, found.getOrDefault(each, 0L))));
            found.forEach((each, count) -> {
                if (!known.contains(each)) {
                    counts.add(new Count(each, count));
                }
            });
            return counts;
        }
    }

    /**
     * Three columns: the median and 90th percentile of {@code duration} in seconds, as {@code percentile_cont}
     * interpolates them (null until something is answered), how many have one, and how many wait for one.
     */
    private static String answerTime(String duration, String waiting) {
        var seconds = "extract(epoch from " + duration + ")::float8";
        return "percentile_cont(0.5) within group (order by " + seconds + "), percentile_cont(0.9) within group (order by "
            + seconds + "), count(" + duration + "), count(*) filter (where " + waiting + " and closed_at is null)";
    }

    private static AnswerTime answerTime(Record row, int first) {
        return new AnswerTime(days(row.get(first, Double.class)), days(row.get(first + 1, Double.class)),
            row.get(first + 2, Long.class), row.get(first + 3, Long.class));
    }

    private List<Week> participation(String municipality, Period period) {
        var weeks = new LinkedHashMap<LocalDate, long[]>();
        for (var monday = period.firstWeek(); !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new long[3]);
        }
        sql.fetch("""
                select day, ideas_submitted, supports_given, comments_added from dashboard_participation
                where municipality = ? and day >= ?::date and day <= ?::date""",
                municipality, period.firstWeek().toString(), period.to().toString())
            .forEach(row -> {
                var day = row.get(0, LocalDate.class);
                var sums = weeks.get(day.minusDays(day.getDayOfWeek().getValue() - 1L));
                for (int i = 0; i < 3; i++) {
                    sums[i] += row.get(i + 1, Long.class);
                }
            });
        return weeks.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(week -> new Week(isoWeek(week.getKey()), week.getKey(), week.getValue()[0], week.getValue()[1],
                week.getValue()[2]))
            .toList();
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Double days(Double seconds) {
        return seconds == null ? null
            : BigDecimal.valueOf(seconds / SECONDS_PER_DAY).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Ideas of the municipality submitted in the period, as an SQL condition with its bindings. */
    private record Submitted(String municipality, Period period) {

        String condition() {
            return "municipality = ? and submitted_at < ?::timestamptz" + (period.from() == null ? "" : " and submitted_at >= ?::timestamptz");
        }

        Object[] bindings() {
            var end = startOf(period.to().plusDays(1));
            return period.from() == null ? new Object[] {municipality, end}
                : new Object[] {municipality, end, startOf(period.from())};
        }

        private static OffsetDateTime startOf(LocalDate day) {
            return day.atStartOfDay(DashboardProjection.NORWAY).toOffsetDateTime();
        }
    }
}
