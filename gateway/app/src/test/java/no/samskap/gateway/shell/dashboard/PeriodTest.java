package no.samskap.gateway.shell.dashboard;

import no.samskap.platform.problem.Problem;
import no.samskap.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    // 23:30 UTC on Saturday 28 November is already Sunday 29 November in Norway.
    private static final Clock LATE_SATURDAY = Clock.fixed(Instant.parse("2026-11-28T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void endsTodayInNorwayAndReachesBackToTheStartWhenNothingIsAsked() {
        var period = Period.of(null, null, LATE_SATURDAY);
        assertEquals(LocalDate.parse("2026-11-29"), period.to());
        assertNull(period.from());
    }

    @Test
    void figuresWithoutAStartCountFromTheEarliestDayAndWithOneFromIt() {
        assertEquals(LocalDate.parse(Period.EARLIEST), Period.of(null, null, LATE_SATURDAY).firstDay());
        assertEquals(LocalDate.parse("2026-11-04"), Period.of("2026-11-04", null, LATE_SATURDAY).firstDay());
    }

    @Test
    void withoutAStartShowsParticipationForTwelveWeeksEndingInTheWeekOfTheEnd() {
        var period = Period.of(null, "2026-11-26", LATE_SATURDAY);
        // 26 November 2026 is in week 48, which starts on Monday 23 November; eleven weeks before is week 37.
        assertEquals(LocalDate.parse("2026-09-07"), period.firstWeek());
    }

    @Test
    void withAStartShowsParticipationFromTheMondayOfItsWeek() {
        assertEquals(LocalDate.parse("2026-11-02"), Period.of("2026-11-04", "2026-11-26", LATE_SATURDAY).firstWeek());
    }

    @Test
    void refusesAStartThatIsNoDateNamingFrom() {
        assertEquals("from", refused(() -> Period.of("4. november", "2026-11-26", LATE_SATURDAY)));
    }

    @Test
    void refusesAnEndThatIsNoDateNamingTo() {
        assertEquals("to", refused(() -> Period.of(null, "2026-02-30", LATE_SATURDAY)));
    }

    @Test
    void refusesAStartAfterTheEndNamingFrom() {
        assertEquals("from", refused(() -> Period.of("2026-11-27", "2026-11-26", LATE_SATURDAY)));
    }

    @Test
    void refusesMoreThanAYearNamingFromButAcceptsAYearExactly() {
        assertEquals("from", refused(() -> Period.of("2025-11-24", "2026-11-26", LATE_SATURDAY)));
        assertEquals(LocalDate.parse("2025-11-25"), Period.of("2025-11-25", "2026-11-26", LATE_SATURDAY).from());
    }

    @Test
    void refusesADayBeforeTwoThousandOrMoreThanAYearAheadNamingItsField() {
        for (var farAhead : List.of("2027-11-30", "+10000-01-01", "+5874898-01-01", "+999999999-12-31")) {
            assertEquals("to", refused(() -> Period.of(null, farAhead, LATE_SATURDAY)), farAhead);
            assertEquals("from", refused(() -> Period.of(farAhead, null, LATE_SATURDAY)), farAhead);
        }
        assertEquals("from", refused(() -> Period.of("1999-12-31", "2000-06-01", LATE_SATURDAY)));
        assertEquals("to", refused(() -> Period.of(null, "-0001-01-01", LATE_SATURDAY)));
        assertEquals(LocalDate.parse("2027-11-29"), Period.of(null, "2027-11-29", LATE_SATURDAY).to());
        assertEquals(LocalDate.parse("2000-01-01"), Period.of("2000-01-01", "2000-06-01", LATE_SATURDAY).from());
    }

    private static String refused(Runnable asking) {
        var problem = assertThrows(ProblemException.class, asking::run).toProblem("/api/staff/dashboard");
        assertEquals(400, problem.status());
        return problem.errors().stream().map(Problem.InvalidField::field).findFirst().orElseThrow();
    }
}
