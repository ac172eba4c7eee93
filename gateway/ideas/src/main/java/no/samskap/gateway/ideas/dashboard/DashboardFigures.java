package no.samskap.gateway.ideas.dashboard;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The ideas module's panel of the staff dashboard, for one municipality. The counts and answer times cover ideas
 * submitted in the dashboard's period; participation covers the ISO weeks listed. {@code overdueNow}: the ideas under
 * assessment today whose response date has passed, whenever they were submitted; {@code overduePetitionsNow}: the
 * innbyggerforslag sent to the council whose six-month deadline has passed without the council's handling.
 */
@Serdeable
public record DashboardFigures(List<Count> byStatus,
                               List<Count> byServiceArea,
                               List<Count> byStrategicValue, List<Count> byTargetGroup,
                               AnswerTimes timeToFirstAnswer, List<Week> participation, long overdueNow,
                               long overduePetitionsNow) {

    /** How many ideas have the code. */
    @Serdeable
    public record Count(String code, long count) {
    }

    /** {@code fromSubmission}: to the first answer of any kind; {@code fromPublication}: to the official answer. */
    @Serdeable
    public record AnswerTimes(AnswerTime fromSubmission, AnswerTime fromPublication) {
    }

    /** Days to one decimal; median and 90th percentile are absent until something is answered. */
    @Serdeable
    public record AnswerTime(Double medianDays, Double p90Days, long answered, long waiting) {
    }

    /** One ISO week ({@code 2026-W48}, starting on Monday {@code weekStart}): what residents did in it. */
    @Serdeable
    public record Week(String week, LocalDate weekStart, long ideasSubmitted, long supportsGiven, long commentsAdded) {
    }
}
