package no.samskap.feedback.figures.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.figures.domain.Figures;
import no.samskap.feedback.figures.domain.Tally;

import java.util.List;
import java.util.UUID;

/**
 * The figures as staff see them. Each group has {@code count}, {@code average} (null without feedback), the
 * {@code distribution} of ratings 1 to 5, {@code answered}, {@code answeredOnTime}, {@code due} (answered, or past
 * its committed date unanswered) and {@code shareAnsweredOnTime} ({@code answeredOnTime / due}, null while nothing is
 * due). {@code coCreated} adds up the events that realised residents' ideas, for the Kommune 3.0 panel.
 */
@Serdeable
record FiguresView(List<PerEvent> perEvent, List<PerUnit> perUnit, List<PerMonth> perMonth, Total total,
                   CoCreated coCreated) {

    static FiguresView of(Figures figures) {
        var coCreated = figures.coCreated();
        var together = coCreated.tally();
        return new FiguresView(
            figures.perEvent().stream().map(PerEvent::of).toList(),
            figures.perUnit().stream().map(PerUnit::of).toList(),
            figures.perMonth().stream().map(PerMonth::of).toList(),
            Total.of(figures.total()),
            new CoCreated(coCreated.events(), together.count(), together.average(), together.answered(),
                together.answeredOnTime(), together.due(), together.shareAnsweredOnTime()));
    }

    @Serdeable
    record PerEvent(UUID eventId, String title, List<UUID> ideaIds, int count, Double average,
                    List<Integer> distribution, int answered, int answeredOnTime, int due,
                    Double shareAnsweredOnTime) {

        static PerEvent of(Figures.PerEvent event) {
            var t = event.tally();
            return new PerEvent(event.eventId(), event.title(), event.ideaIds(), t.count(), t.average(),
                t.distribution(), t.answered(), t.answeredOnTime(), t.due(), t.shareAnsweredOnTime());
        }
    }

    @Serdeable
    record PerUnit(String unit, int count, Double average, List<Integer> distribution, int answered,
                   int answeredOnTime, int due, Double shareAnsweredOnTime) {

        static PerUnit of(Figures.PerUnit unit) {
            var t = unit.tally();
            return new PerUnit(unit.unit(), t.count(), t.average(), t.distribution(), t.answered(),
                t.answeredOnTime(), t.due(), t.shareAnsweredOnTime());
        }
    }

    @Serdeable
    record PerMonth(String month, int count, Double average, List<Integer> distribution, int answered,
                    int answeredOnTime, int due, Double shareAnsweredOnTime) {

        static PerMonth of(Figures.PerMonth month) {
            var t = month.tally();
            return new PerMonth(month.month().toString(), t.count(), t.average(), t.distribution(), t.answered(),
                t.answeredOnTime(), t.due(), t.shareAnsweredOnTime());
        }
    }

    @Serdeable
    record Total(int count, Double average, List<Integer> distribution, int answered, int answeredOnTime, int due,
                 Double shareAnsweredOnTime) {

        static Total of(Tally t) {
            return new Total(t.count(), t.average(), t.distribution(), t.answered(), t.answeredOnTime(), t.due(),
                t.shareAnsweredOnTime());
        }
    }

    /** {@code events}: how many co-created events got feedback in the period. */
    @Serdeable
    record CoCreated(int events, int count, Double average, int answered, int answeredOnTime, int due,
                     Double shareAnsweredOnTime) {
    }
}
