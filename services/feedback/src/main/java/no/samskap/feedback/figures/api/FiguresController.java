package no.samskap.feedback.figures.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.feedback.figures.application.FeedbackFigures;
import no.samskap.feedback.figures.application.Period;
import no.samskap.platform.problem.ProblemException;
import no.samskap.platform.security.SignedInPerson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A municipality's feedback figures: all of them for its staff, and counts and averages for anyone (open data). The
 * period is given in days, {@code from} and {@code to} both included; without {@code to} it ends today.
 */
@Controller("/figures")
@ExecuteOn(TaskExecutors.BLOCKING)
class FiguresController {

    private final FeedbackFigures figures;

    FiguresController(FeedbackFigures figures) {
        this.figures = figures;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    FiguresView forStaff(Authentication authentication, @Nullable @QueryValue String municipality,
                         @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return FiguresView.of(figures.forStaff(SignedInPerson.of(authentication), municipality(municipality),
            period(from, to)));
    }

    @Get("/public")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PublicFiguresView forEveryone(@Nullable @QueryValue String municipality, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to) {
        return PublicFiguresView.of(figures.forEveryone(municipality(municipality), period(from, to)));
    }

    private static MunicipalityNumber municipality(String number) {
        if (number == null || !MunicipalityNumber.isValid(number)) {
            throw ProblemException.invalidField("municipality",
                "must be a municipality number of four digits, such as 1833");
        }
        return new MunicipalityNumber(number);
    }

    private Period period(String from, String to) {
        var start = from == null || from.isBlank() ? null : day("from", from);
        var end = to == null || to.isBlank() ? figures.today() : day("to", to);
        if (start != null && start.isAfter(end)) {
            throw ProblemException.invalidField("to", "must be on or after from (" + start + ")");
        }
        return new Period(start, end);
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            throw ProblemException.invalidField(field, "must be a day written as 2027-03-01");
        }
    }
}
