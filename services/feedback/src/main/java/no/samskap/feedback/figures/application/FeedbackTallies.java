package no.samskap.feedback.figures.application;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.figures.domain.Tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/** The municipality's feedback given in the period, not withdrawn, added up; what is due is judged on {@code today}. */
public interface FeedbackTallies {

    record Tallies(Map<UUID, Tally> perEvent, Map<String, Tally> perUnit, Map<YearMonth, Tally> perMonth,
                   Tally total) {
    }

    Tallies of(MunicipalityNumber municipality, Period period, LocalDate today);
}
