package no.samskap.feedback.figures.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A municipality's feedback added up per event, per service unit and per month, and in all. Withdrawn feedback is
 * not in it; hidden feedback is, since hiding takes a text out of view, not what someone thought of an event.
 */
public record Figures(List<PerEvent> perEvent, List<PerUnit> perUnit, List<PerMonth> perMonth, Tally total) {

    public Figures {
        perEvent = List.copyOf(perEvent);
        perUnit = List.copyOf(perUnit);
        perMonth = List.copyOf(perMonth);
    }

    /** {@code ideaIds}: the ideas the event realised, as the events service said; empty when none. */
    public record PerEvent(UUID eventId, String title, List<UUID> ideaIds, Tally tally) {

        public PerEvent {
            ideaIds = List.copyOf(ideaIds);
        }

        public boolean coCreated() {
            return !ideaIds.isEmpty();
        }
    }

    public record PerUnit(String unit, Tally tally) {
    }

    public record PerMonth(YearMonth month, Tally tally) {
    }

    /** The feedback on events that realised residents' ideas: how many such events have some, and what it says. */
    public record CoCreated(int events, Tally tally) {
    }

    public CoCreated coCreated() {
        var events = perEvent.stream().filter(PerEvent::coCreated).toList();
        return new CoCreated(events.size(), events.stream().map(PerEvent::tally).reduce(Tally.none(), Tally::plus));
    }
}
