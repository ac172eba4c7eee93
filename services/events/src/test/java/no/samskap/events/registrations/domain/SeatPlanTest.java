package no.samskap.events.registrations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeatPlanTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:30:00Z");
    private static final EventId EVENT = EventId.random();

    @Test
    void confirmsAPartyThatFitsTheFreeSeats() {
        var change = new SeatPlan(10, 8, List.of()).admit(party(2), NOW);

        var confirmed = assertInstanceOf(RegistrationEvent.Confirmed.class, change);
        assertEquals(RegistrationStatus.CONFIRMED, confirmed.registration().status());
        assertEquals(new SeatCount(10, 0, 10), confirmed.seats());
    }

    @Test
    void waitlistsAPartyThatDoesNotFitBehindThoseAlreadyWaiting() {
        var change = new SeatPlan(10, 9, List.of(waiting(2), waiting(3))).admit(party(2), NOW);

        var waitlisted = assertInstanceOf(RegistrationEvent.Waitlisted.class, change);
        assertEquals(RegistrationStatus.WAITING, waitlisted.registration().status());
        assertEquals(3, waitlisted.position());
        assertEquals(new SeatCount(9, 7, 10), waitlisted.seats());
    }

    @Test
    void itsTallyCountsThePartiesWaitingAndTheirPlaces() {
        var tally = new SeatPlan(10, 9, List.of(waiting(2), waiting(3))).tally();

        assertEquals(new SeatTally(10, 9, 2, 5), tally);
        assertEquals(new SeatCount(9, 5, 10), tally.seats());
    }

    @Test
    void aTallyAfterAnAdmissionCountsThePartyAsConfirmedOrWaitingAsTheAdmissionSaid() {
        var tally = new SeatTally(10, 8, 0, 0);

        var afterConfirmed = tally.after(tally.admit(party(2), NOW));
        var afterWaitlisted = afterConfirmed.after(afterConfirmed.admit(party(3), NOW));

        assertEquals(new SeatTally(10, 10, 0, 0), afterConfirmed);
        assertEquals(new SeatTally(10, 10, 1, 3), afterWaitlisted);
        assertEquals(2, assertInstanceOf(RegistrationEvent.Waitlisted.class,
            afterWaitlisted.admit(party(1), NOW)).position(), "the next in line comes after the one waiting");
    }

    @Test
    void anUnlimitedEventConfirmsEveryParty() {
        var change = new SeatPlan(null, 100_000, List.of()).admit(party(10), NOW);

        assertEquals(new SeatCount(100_010, 0, null), assertInstanceOf(RegistrationEvent.Confirmed.class, change)
            .seats());
        assertEquals(null, change.seats().free());
    }

    @Test
    void aCancelledSeatGoesAtOnceToTheFirstInLine() {
        var leaving = confirmed(1);
        var first = waiting(1);
        var second = waiting(1);

        var changes = new SeatPlan(10, 10, List.of(first, second)).release(leaving, NOW);

        assertEquals(2, changes.size());
        var cancelled = assertInstanceOf(RegistrationEvent.Cancelled.class, changes.get(0));
        assertEquals(true, cancelled.wasConfirmed());
        assertEquals(new SeatCount(9, 2, 10), cancelled.seats());
        var promoted = assertInstanceOf(RegistrationEvent.Promoted.class, changes.get(1));
        assertEquals(first.id(), promoted.registration().id());
        assertEquals(RegistrationStatus.CONFIRMED, promoted.registration().status());
        assertEquals(new SeatCount(10, 1, 10), promoted.seats());
    }

    @Test
    void aBigPartyKeepsItsPlaceWhileASingleBehindItTakesTheOneFreeSeat() {
        var family = waiting(3);
        var single = waiting(1);

        var changes = new SeatPlan(10, 10, List.of(family, single)).release(confirmed(1), NOW);

        assertEquals(List.of(single.id()), promotedIds(changes));
    }

    @Test
    void aLargePartyLeavingPromotesEveryoneInLineWhoseSeatsFitInOrder() {
        var first = waiting(2);
        var tooBig = waiting(4);
        var third = waiting(1);
        var fourth = waiting(1);

        var changes = new SeatPlan(10, 10, List.of(first, tooBig, third, fourth)).release(confirmed(4), NOW);

        assertEquals(List.of(first.id(), third.id(), fourth.id()), promotedIds(changes));
        assertEquals(new SeatCount(10, 4, 10), changes.get(changes.size() - 1).seats());
    }

    @Test
    void cancellingWhileWaitingFreesNoSeatAndPromotesNobody() {
        var leaving = waiting(2);
        var behind = waiting(1);

        var changes = new SeatPlan(10, 10, List.of(leaving, behind)).release(leaving, NOW);

        var cancelled = assertInstanceOf(RegistrationEvent.Cancelled.class, changes.get(0));
        assertEquals(1, changes.size());
        assertEquals(false, cancelled.wasConfirmed());
        assertEquals(RegistrationStatus.CANCELLED, cancelled.registration().status());
        assertEquals(new SeatCount(10, 1, 10), cancelled.seats());
    }

    @Test
    void aCancelledRegistrationCannotBeCancelledAgain() {
        var gone = confirmed(1).with(RegistrationStatus.CANCELLED);

        var refusal = assertThrows(Refusal.class, () -> new SeatPlan(10, 0, List.of()).release(gone, NOW));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
    }

    @Test
    void theCapacityCannotDropBelowTheSeatsConfirmed() {
        var refusal = assertThrows(Refusal.class, () -> new SeatPlan(30, 25, List.of()).resize(24, NOW));

        assertEquals(Refusal.Kind.UNPROCESSABLE, refusal.kind());
        assertEquals("capacity", refusal.field());
        assertEquals(List.of(), new SeatPlan(30, 25, List.of()).resize(25, NOW));
    }

    @Test
    void moreSeatsOrNoLimitGoToThoseWaiting() {
        var first = waiting(2);
        var second = waiting(3);
        var plan = new SeatPlan(10, 10, List.of(first, second));

        assertEquals(List.of(first.id()), promotedIds(plan.resize(14, NOW)));
        assertEquals(List.of(first.id(), second.id()), promotedIds(plan.resize(null, NOW)));
    }

    @Test
    void companionsAreFromNoneToNine() {
        assertEquals(1, Party.of(null).places());
        assertEquals(10, Party.of(9).places());
        assertEquals("companions", assertThrows(Refusal.class, () -> Party.of(10)).field());
        assertEquals("companions", assertThrows(Refusal.class, () -> Party.of(-1)).field());
    }

    @Test
    void needsAreKnownCodesAndAShortNote() {
        var needs = new AccessibilityNeeds(List.of("wheelchair-space", "wheelchair-space", "sign-language"),
            "  Kommer med førerhund ");

        assertEquals(List.of("wheelchair-space", "sign-language"), needs.codes());
        assertEquals("Kommer med førerhund", needs.note());
        assertEquals("accessibilityNeeds.codes", assertThrows(Refusal.class,
            () -> new AccessibilityNeeds(List.of("heis"), null)).field());
        assertEquals("accessibilityNeeds.note", assertThrows(Refusal.class,
            () -> new AccessibilityNeeds(List.of(), "x".repeat(301))).field());
    }

    @Test
    void aSecondCheckInChangesNothingAndAWaitingRegistrationCannotBeCheckedIn() {
        var checkedIn = confirmed(1).checkIn("staff", NOW);

        assertEquals(NOW, checkedIn.checkedInAt());
        assertSame(checkedIn, checkedIn.checkIn("other-staff", NOW.plusSeconds(60)));
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> waiting(1).checkIn("staff", NOW))
            .kind());
    }

    private static List<RegistrationId> promotedIds(List<RegistrationEvent> changes) {
        return changes.stream().filter(change -> change instanceof RegistrationEvent.Promoted)
            .map(change -> change.registration().id()).toList();
    }

    private static Registration party(int places) {
        return Registration.unplaced(RegistrationId.random(), EVENT, new MunicipalityNumber("1833"), "p", "P",
            new Party(places - 1), AccessibilityNeeds.NONE, NOW);
    }

    private static Registration waiting(int places) {
        return party(places).with(RegistrationStatus.WAITING);
    }

    private static Registration confirmed(int places) {
        return party(places).with(RegistrationStatus.CONFIRMED);
    }
}
