package no.samskap.gateway.ideas.dashboard;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTimes;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.shell.dashboard.Percentiles;
import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;

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
import java.util.OptionalDouble;

/**
 * Reads the dashboard's figures: current status and classification from the idea board, answer times and
 * participation from {@link DashboardProjection}'s tables. Always one municipality.
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
        return new DashboardFigures(
            counts(submitted, "status", STATUSES),
            counts(submitted, "service_area", SERVICE_AREAS),
            counts(submitted, "unnest(strategic_values)", List.of()),
            counts(submitted, "unnest(target_groups)", TARGET_GROUPS),
            new AnswerTimes(
                answerTime(submitted, "first_answer_at - submitted_at", "first_answer_at is null"),
                answerTime(submitted, "answered_at - published_at", "published_at is not null and answered_at is null")),
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

    /** Every known code in its usual order, also those no idea has; then codes the list does not know, most first. */
    private List<Count> counts(Submitted submitted, String code, List<String> known) {
        var found = new LinkedHashMap<String, Long>();
        sql.fetch("select code, count(*) from (select " + code + " as code from idea_board where " + submitted.condition()
                + ") as codes group by code order by count(*) desc, code", submitted.bindings())
            .forEach(row -> found.put(row.get(0, String.class), row.get(1, Long.class)));
        var counts = new ArrayList<Count>();
        known.forEach(each -> counts.add(new Count(each, found.getOrDefault(each, 0L))));
        found.forEach((each, count) -> {
            if (!known.contains(each)) {
                counts.add(new Count(each, count));
            }
        });
        return counts;
    }

    private AnswerTime answerTime(Submitted submitted, String duration, String waiting) {
        var seconds = sql.fetch("select extract(epoch from " + duration + ")::float8 from dashboard_answer_clock where "
                + submitted.condition() + " and (" + duration + ") is not null", submitted.bindings())
            .stream().mapToDouble(row -> row.get(0, Double.class)).toArray();
        var open = sql.fetchOne("select count(*) from dashboard_answer_clock where " + submitted.condition() + " and "
            + waiting + " and closed_at is null", submitted.bindings()).get(0, Long.class);
        return new AnswerTime(days(Percentiles.of(seconds, 0.5)), days(Percentiles.of(seconds, 0.9)), seconds.length, open);
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

    private static Double days(OptionalDouble seconds) {
        return seconds.isPresent()
            ? BigDecimal.valueOf(seconds.getAsDouble() / SECONDS_PER_DAY).setScale(1, RoundingMode.HALF_UP).doubleValue()
            : null;
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
