package no.samskap.gateway.shell.dashboard;

import no.samskap.platform.problem.ProblemException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a dashboard covers, as asked for: {@code to} defaults to today in Norway; without {@code from} the
 * figures reach back to the start, and figures by week show the {@value #DEFAULT_WEEKS} weeks up to {@code to}.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int DEFAULT_WEEKS = 12;
    public static final int LONGEST_IN_DAYS = 366;
    public static final String EARLIEST = "2000-01-01";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /**
     * Refuses a value that is no date or one outside the days the platform can mean, a {@code from} after {@code to},
     * or more than a year between them.
     */
    public static Period of(String from, String to, Clock clock) {
        var today = LocalDate.now(clock.withZone(NORWAY));
        var end = to == null || to.isBlank() ? today : date("to", to, today);
        var start = from == null || from.isBlank() ? null : date("from", from, today);
        if (start != null && start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to (" + end + ")");
        }
        if (start != null && ChronoUnit.DAYS.between(start, end) > LONGEST_IN_DAYS) {
            throw ProblemException.invalidField("from", "must be at most " + LONGEST_IN_DAYS + " days before to (" + end + ")");
        }
        return new Period(start, end);
    }

    /** The first day the figures cover: {@code from}, or {@value #EARLIEST} when the period has no start. */
    public LocalDate firstDay() {
        return from != null ? from : LocalDate.parse(EARLIEST);
    }

    /** The Monday of the first week that figures by week show. */
    public LocalDate firstWeek() {
        var start = from != null ? from : to.minusWeeks(DEFAULT_WEEKS - 1);
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Days the platform has figures for, or may soon: none before {@value #EARLIEST}, none a year after today. */
    private static LocalDate date(String field, String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date written as YYYY-MM-DD");
        }
        var latest = today.plusYears(1);
        if (date.isBefore(LocalDate.parse(EARLIEST)) || date.isAfter(latest)) {
            throw ProblemException.invalidField(field, "must be a date from " + EARLIEST + " to " + latest);
        }
        return date;
    }
}
