package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HelpRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant STARTS = NOW.plus(Duration.ofDays(10));

    @Test
    void aRequestEndsAfterItStartsAndInTheFuture() {
        assertEquals("endsAt", assertThrows(Refusal.class, () -> post(STARTS, STARTS)).field());
        assertEquals("endsAt", assertThrows(Refusal.class, () -> post(NOW.minusSeconds(7200), NOW.minusSeconds(60)))
            .field());
        assertEquals("startsAt", assertThrows(Refusal.class, () -> post(null, STARTS)).field());
    }

    @Test
    void aTakenRequestCannotBeTakenAgain() {
        var taken = post(STARTS, STARTS.plusSeconds(3600)).takenBy("first", NOW).request();

        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> taken.takenBy("second", NOW)).kind());
    }

    @Test
    void aTaskThatIsOverCannotBeTaken() {
        var request = post(STARTS, STARTS.plusSeconds(3600));

        var refusal = assertThrows(Refusal.class, () -> request.takenBy("late", STARTS.plusSeconds(3600)));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertEquals("the task is over", refusal.getMessage());
    }

    @Test
    void aVolunteerSeesWhetherTheirInterestIsPendingRemindedTheirsOrTakenByAnother() {
        var open = post(STARTS, STARTS.plusSeconds(3600));
        var interest = Interest.shown(open.id(), "volunteer", NOW);
        var reminded = new Interest(open.id(), "volunteer", NOW, NOW.plus(Interest.ANSWER_WITHIN));

        assertEquals(InterestState.PENDING, open.stateOf(interest));
        assertEquals(InterestState.REMINDED, open.stateOf(reminded));
        assertEquals(InterestState.ACCEPTED, open.takenBy("volunteer", NOW).request().stateOf(reminded));
        assertEquals(InterestState.TAKEN, open.takenBy("another", NOW).request().stateOf(reminded));
    }

    @Test
    void interestIsDueForAReminderFourteenDaysAfterItWasShown() {
        assertEquals(Instant.parse("2026-11-19T10:00:00Z"), Interest.unansweredIfShownBefore(NOW));
    }

    private static HelpRequest post(Instant startsAt, Instant endsAt) {
        return HelpRequest.post(UUID.randomUUID(), new MunicipalityNumber("1833"), null, null, "Rigg scenen",
            startsAt, endsAt, "Mo kulturhus", List.of("scene"), "staff", NOW).request();
    }
}
