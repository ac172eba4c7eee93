package no.samskap.feedback.figures.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.feedback.figures.domain.Figures;
import no.samskap.feedback.figures.domain.Tally;

import java.util.List;
import java.util.UUID;

/**
 * The figures as open data: counts and averages only. No text and nothing about a person is in any figure; the
 * distribution and the answering are left to staff.
 */
@Serdeable
record PublicFiguresView(List<PerEvent> perEvent, List<PerUnit> perUnit, List<PerMonth> perMonth, Total total,
                         CoCreated coCreated) {

    static PublicFiguresView of(Figures figures) {
        var coCreated = figures.coCreated();
        return new PublicFiguresView(
            figures.perEvent().stream().map(event -> new PerEvent(event.eventId(), event.title(), event.ideaIds(),
                event.tally().count(), event.tally().average())).toList(),
            figures.perUnit().stream().map(unit -> new PerUnit(unit.unit(), unit.tally().count(),
                unit.tally().average())).toList(),
            figures.perMonth().stream().map(month -> new PerMonth(month.month().toString(), month.tally().count(),
                month.tally().average())).toList(),
            Total.of(figures.total()),
            new CoCreated(coCreated.events(), coCreated.tally().count(), coCreated.tally().average()));
    }

    @Serdeable
    record PerEvent(UUID eventId, String title, List<UUID> ideaIds, int count, Double average) {
    }

    @Serdeable
    record PerUnit(String unit, int count, Double average) {
    }

    @Serdeable
    record PerMonth(String month, int count, Double average) {
    }

    @Serdeable
    record Total(int count, Double average) {

        static Total of(Tally tally) {
            return new Total(tally.count(), tally.average());
        }
    }

    @Serdeable
    record CoCreated(int events, int count, Double average) {
    }
}
