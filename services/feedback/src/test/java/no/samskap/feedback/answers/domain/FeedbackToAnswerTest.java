package no.samskap.feedback.answers.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackToAnswerTest {

    private static final FeedbackToAnswer DUE_ON_THE_FIRST_OF_APRIL = new FeedbackToAnswer(FeedbackId.random(),
        "1833", "author", "Bibliotek", LocalDate.of(2027, 4, 1));

    @Test
    void anAnswerLateOnTheCommittedDayInNorwayIsOnTimeThoughItIsTheNextDayNowhere() {
        var answered = DUE_ON_THE_FIRST_OF_APRIL.answer("staff", "Svar.", true, Instant.parse("2027-04-01T21:30:00Z"));

        assertTrue(answered.answer().onTime(), "23:30 in Oslo (summer time) on the committed day");
    }

    @Test
    void anAnswerAfterMidnightInNorwayIsLateThoughItIsStillTheCommittedDayInUtc() {
        var answered = DUE_ON_THE_FIRST_OF_APRIL.answer("staff", "Svar.", false, Instant.parse("2027-04-01T22:30:00Z"));

        assertFalse(answered.answer().onTime(), "00:30 on 2 April in Oslo");
        assertEquals("staff", answered.answeredBy());
    }

    @Test
    void theResponseDateMovesToTodayOrLaterOnlyAndWithAReason() {
        var now = Instant.parse("2027-03-10T08:00:00Z");

        var moved = DUE_ON_THE_FIRST_OF_APRIL.moveResponseDate("staff", LocalDate.of(2027, 3, 10), "Tidligere.", now);

        assertEquals(LocalDate.of(2027, 3, 10), moved.feedback().respondBy());
        var past = assertThrows(Refusal.class, () -> DUE_ON_THE_FIRST_OF_APRIL.moveResponseDate("staff",
            LocalDate.of(2027, 3, 9), "For sent.", now));
        assertEquals("respondBy", past.field());
        var noReason = assertThrows(Refusal.class, () -> DUE_ON_THE_FIRST_OF_APRIL.moveResponseDate("staff",
            LocalDate.of(2027, 4, 9), " ", now));
        assertEquals("reason", noReason.field());
    }

    @Test
    void theResponseDateMovesAtMostFiveYearsAheadInNorway() {
        var now = Instant.parse("2027-03-10T08:00:00Z");

        var latest = DUE_ON_THE_FIRST_OF_APRIL.moveResponseDate("staff", LocalDate.of(2032, 3, 10), "Stort arbeid.", now);
        var tooFar = assertThrows(Refusal.class, () -> DUE_ON_THE_FIRST_OF_APRIL.moveResponseDate("staff",
            LocalDate.of(2032, 3, 11), "Om lenge.", now));

        assertEquals(LocalDate.of(2032, 3, 10), latest.feedback().respondBy());
        assertEquals("respondBy", tooFar.field());
        assertEquals(Refusal.Kind.INVALID, tooFar.kind());
    }
}
