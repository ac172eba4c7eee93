package no.samskap.gateway.feedback.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The feedback module's panel of the staff dashboard: feedback given in the period, in all and per event, per
 * service unit and per month (Norwegian time), hidden feedback counted and withdrawn feedback not, as in the
 * service's own figures (ADR 0038).
 */
@Serdeable
public record FeedbackFigures(Figure total, List<Figure> byEvent, List<Figure> byUnit, List<Figure> byMonth) {

    /**
     * {@code key}: the event's id, the unit's code or the month as {@code 2026-11}; {@code name}: the event's title or
     * the unit's bokmål name. {@code distribution} counts the ratings 1 to 5. {@code due}: answered, or waiting past
     * the committed date; {@code onTimePercent} is {@code answeredOnTime} of {@code due}, absent while nothing is due.
     */
    @Serdeable
    public record Figure(String key, String name, int count, @Nullable Double average, List<Integer> distribution,
                         int due, int answeredOnTime, @Nullable Integer onTimePercent) {
    }
}
