package no.samskap.events.shifts.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterTest {

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final Instant STARTS = Instant.parse("2027-03-27T16:30:00Z");

    @Test
    void theSignUpThatTakesTheLastPlaceFillsTheShiftAndTheNextOneWaits() {
        var roster = roster(shift(2, null, false), List.of());

        var first = roster.signUp("v1", "Frivillig v1", null, AgeDeclaration.NONE, false, NOW);
        roster = with(roster, first.signUp());
        var second = roster.signUp("v2", "Frivillig v2", null, AgeDeclaration.NONE, false, NOW);
        roster = with(roster, second.signUp());
        var third = roster.signUp("v3", "Frivillig v3", null, AgeDeclaration.NONE, false, NOW);

        assertEquals(Optional.empty(), first.filledTheShift());
        assertTrue(second.filledTheShift().isPresent());
        assertTrue(third.signUp().waiting());
        assertEquals(Optional.empty(), third.filledTheShift());
        assertEquals(1, with(roster, third.signUp()).waitingPosition("v3"));
    }

    @Test
    void whenAPlacedVolunteerLeavesTheFirstWaitingMovesIntoTheirPlace() {
        var roster = roster(shift(1, null, false), List.of(placed("v1"), waiting("v2"), waiting("v3")));

        var left = roster.leave("v1", NOW);

        assertEquals("v2", left.movedIn().volunteerId());
        assertEquals(false, left.movedIn().waiting());
        assertEquals(1, left.filled());
    }

    @Test
    void whenSomeoneWaitingLeavesNobodyMovesAndThePlacesStayAsTheyWere() {
        var roster = roster(shift(1, null, false), List.of(placed("v1"), waiting("v2")));

        var left = roster.leave("v2", NOW);

        assertNull(left.movedIn());
        assertEquals(1, left.filled());
        assertEquals(0, roster(roster.shift(), List.of(placed("v1"))).leave("v1", NOW).filled());
    }

    @Test
    void signingUpTwiceIsAConflict() {
        var roster = roster(shift(3, null, false), List.of(placed("v1")));

        var refusal = assertThrows(Refusal.class, () -> roster.signUp("v1", "Frivillig v1", null, AgeDeclaration.NONE, false, NOW));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
    }

    @Test
    void aShiftThatNeedsAnAttestRefusesAVolunteerWithoutAValidSighting() {
        var roster = roster(shift(3, null, true), List.of());

        var refusal = assertThrows(Refusal.class, () -> roster.signUp("v1", "Frivillig v1", null, AgeDeclaration.NONE, false, NOW));

        assertEquals("attest", refusal.field());
        assertEquals(Refusal.Kind.UNPROCESSABLE, refusal.kind());
        assertEquals(false, roster.signUp("v1", "Frivillig v1", null, AgeDeclaration.NONE, true, NOW).signUp().waiting());
    }

    @Test
    void theMinimumAgeCountsTheYearOneTurnsItOrTakesTheVolunteersWord() {
        var roster = roster(shift(3, 16, false), List.of());

        assertEquals("minimumAge", refusedField(() -> roster.signUp("v1", "Frivillig v1", null, AgeDeclaration.NONE, false, NOW)));
        assertEquals("minimumAge", refusedField(() -> roster.signUp("v1", "Frivillig v1", null,
            new AgeDeclaration(2012, null), false, NOW)));
        assertEquals("birthYear", refusedField(() -> roster.signUp("v1", "Frivillig v1", null,
            new AgeDeclaration(2030, null), false, NOW)));
        roster.signUp("v1", "Frivillig v1", null, new AgeDeclaration(2011, null), false, NOW);
        roster.signUp("v1", "Frivillig v1", null, new AgeDeclaration(null, true), false, NOW);
    }

    @Test
    void checkInOpensTwoHoursBeforeTheShiftAndASecondCheckInChangesNothing() {
        var roster = roster(shift(2, null, false), List.of(placed("v1"), waiting("v2")));

        assertEquals("startsAt", refusedField(() -> roster.checkIn("v1", STARTS.minus(Duration.ofHours(3)))));
        var checkedIn = roster.checkIn("v1", STARTS.minus(Duration.ofMinutes(10))).orElseThrow();
        var after = roster(roster.shift(), List.of(checkedIn.signUp(), waiting("v2")));

        assertEquals(Optional.empty(), after.checkIn("v1", STARTS));
        assertEquals("waiting", refusedField(() -> after.checkIn("v2", STARTS)));
        assertEquals("checkedIn", refusedField(() -> after.leave("v1", STARTS)));
    }

    @Test
    void aLateVolunteerSaysHowLateAndTheWordIsKeptOnTheirSignUp() {
        var roster = roster(shift(2, null, false), List.of(placed("v1")));

        assertEquals("minutesLate", refusedField(() -> Absence.report("late", "Bussen", null, NOW)));
        assertEquals("kind", refusedField(() -> Absence.report("borte", "", null, NOW)));
        var absent = roster.reportAbsence("v1", Absence.report("late", " Bussen er sen ", 20, NOW), NOW);

        assertEquals(Absence.Kind.LATE, absent.absence().kind());
        assertEquals("Bussen er sen", absent.absence().note());
        assertEquals(20, absent.absence().minutesLate());
    }

    @Test
    void aShiftIsDescribedFieldByField() {
        var good = new Shift.Description("Kiosk", STARTS, STARTS.plus(Duration.ofHours(3)), 4, " ", null, null);
        var created = Shift.create(ShiftId.random(), EventId.random(), new MunicipalityNumber("1833"), good, "staff",
            NOW).shift();

        assertNull(created.teamLeaderId());
        assertEquals(false, created.attestRequired());
        assertEquals("role", describedField(new Shift.Description(" ", STARTS, STARTS.plusSeconds(60), 1, null, null,
            null)));
        assertEquals("endsAt", describedField(new Shift.Description("Kiosk", STARTS, STARTS, 1, null, null, null)));
        assertEquals("endsAt", describedField(new Shift.Description("Kiosk", STARTS,
            STARTS.plus(Duration.ofHours(25)), 1, null, null, null)));
        assertEquals("needed", describedField(new Shift.Description("Kiosk", STARTS, STARTS.plusSeconds(60), 0,
            null, null, null)));
        assertEquals("minimumAge", describedField(new Shift.Description("Kiosk", STARTS, STARTS.plusSeconds(60), 1,
            null, 120, null)));
        assertEquals("startsAt", describedField(new Shift.Description("Kiosk", NOW.minusSeconds(60), NOW, 1, null,
            null, null)));
    }

    private static String describedField(Shift.Description description) {
        return refusedField(() -> Shift.create(ShiftId.random(), EventId.random(), new MunicipalityNumber("1833"),
            description, "staff", NOW));
    }

    private static String refusedField(Runnable attempt) {
        return assertThrows(Refusal.class, attempt::run).field();
    }

    private static Shift shift(int needed, Integer minimumAge, boolean attest) {
        return new Shift(ShiftId.random(), EventId.random(), new MunicipalityNumber("1833"), "Kiosk", STARTS,
            STARTS.plus(Duration.ofHours(3)), needed, "leader", minimumAge, attest, "staff", NOW);
    }

    private static Roster roster(Shift shift, List<SignUp> signUps) {
        return new Roster(shift, signUps.stream().map(signUp -> new SignUp(shift.id(), signUp.volunteerId(),
            signUp.volunteerName(), null, signUp.waiting(), NOW, null, signUp.checkedInAt())).toList());
    }

    private static Roster with(Roster roster, SignUp signUp) {
        var all = new ArrayList<>(roster.signUps());
        all.add(signUp);
        return new Roster(roster.shift(), all);
    }

    private static SignUp placed(String volunteer) {
        return new SignUp(null, volunteer, "Frivillig " + volunteer, null, false, NOW, null, null);
    }

    private static SignUp waiting(String volunteer) {
        return new SignUp(null, volunteer, "Frivillig " + volunteer, null, true, NOW, null, null);
    }
}
