package no.samskap.feedback.figures.application;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.figures.domain.Figures;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Adds up a municipality's feedback for its staff, who see it all, and for open data, which the caller trims to
 * counts and averages. Events are ordered by title, units by code and months in time.
 */
@Singleton
public class FeedbackFigures {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final FeedbackTallies tallies;
    private final EventFacts events;
    private final Clock clock;

    FeedbackFigures(FeedbackTallies tallies, EventFacts events, Clock clock) {
        this.tallies = tallies;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    @ReadOnly
    public Figures forStaff(SignedInPerson person, MunicipalityNumber municipality, Period period) {
        if (!person.isStaffOf(municipality.value())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "only the staff of municipality " + municipality.value() + " see its feedback figures; "
                    + "the open data has counts and averages", List.of());
        }
        return of(municipality, period);
    }

    @ReadOnly
    public Figures forEveryone(MunicipalityNumber municipality, Period period) {
        return of(municipality, period);
    }

    private Figures of(MunicipalityNumber municipality, Period period) {
        var added = tallies.of(municipality, period, today());
        var facts = events.of(added.perEvent().keySet());
        var perEvent = added.perEvent().entrySet().stream()
            .map(entry -> {
                var known = facts.get(entry.getKey());
                return new Figures.PerEvent(entry.getKey(), known == null ? null : known.title(),
                    known == null ? List.of() : known.ideaIds(), entry.getValue());
            })
            .sorted(Comparator.comparing(Figures.PerEvent::title, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Figures.PerEvent::eventId))
            .toList();
        var perUnit = added.perUnit().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(entry -> new Figures.PerUnit(entry.getKey(), entry.getValue())).toList();
        var perMonth = added.perMonth().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(entry -> new Figures.PerMonth(entry.getKey(), entry.getValue())).toList();
        return new Figures(perEvent, perUnit, perMonth, added.total());
    }
}
