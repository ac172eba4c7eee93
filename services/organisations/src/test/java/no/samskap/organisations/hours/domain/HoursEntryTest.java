package no.samskap.organisations.hours.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpKind;
import no.samskap.organisations.help.domain.HelpOffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoursEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5, 1, 7.75, 24})
    void hoursInQuarterStepsFromAQuarterToADayAreLogged(double hours) {
        assertEquals(hours, log(acceptedOffer(), hours, TODAY).hours());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.2, 1.3, 24.25, -1})
    void otherHoursAreRefused(double hours) {
        assertEquals("hours", assertThrows(Refusal.class, () -> log(acceptedOffer(), hours, TODAY)).field());
    }

    @Test
    void aCheckedInShiftOnOnesOwnIsApprovedAtOnceInQuarterHoursOnItsNorwegianDay() {
        var starts = Instant.parse("2026-11-28T23:10:00Z");
        var work = new ShiftWork(new EventShift(UUID.randomUUID(), UUID.randomUUID()), " Kiosk ", starts,
            starts.plusSeconds(2 * 3600 + 38 * 60));

        var happened = HoursEntry.fromShift(UUID.randomUUID(), new MunicipalityNumber("1833"), work, null, "v1", NOW);

        assertEquals(2, happened.size());
        var approved = happened.get(1).entry();
        assertEquals(HoursStatus.APPROVED, approved.status());
        assertEquals(ShiftWork.APPROVED_BY_CHECK_IN, approved.decision().by());
        assertEquals(2.75, approved.hours());
        assertEquals(LocalDate.of(2026, 11, 29), approved.date());
        assertEquals("Kiosk", approved.role());
        assertEquals(null, approved.offerId());
    }

    @Test
    void aCheckedInShiftForAnAssociationWaitsForItsAdmins() {
        var starts = Instant.parse("2026-11-28T16:00:00Z");
        var work = new ShiftWork(new EventShift(UUID.randomUUID(), UUID.randomUUID()), "Rigging", starts,
            starts.plusSeconds(5 * 60));

        var happened = HoursEntry.fromShift(UUID.randomUUID(), new MunicipalityNumber("1833"), work,
            AssociationId.random(), "v1", NOW);

        assertEquals(1, happened.size());
        assertEquals(HoursStatus.LOGGED, happened.get(0).entry().status());
        assertEquals(0.25, happened.get(0).entry().hours());
    }

    @Test
    void aDayThatHasNotComeAndAnOfferNotAcceptedAreRefused() {
        assertEquals("date", assertThrows(Refusal.class, () -> log(acceptedOffer(), 1, TODAY.plusDays(1))).field());
        var waiting = offer();
        var refusal = assertThrows(Refusal.class, () -> log(waiting, 1, TODAY));
        assertEquals("offerId", refusal.field());
        assertEquals(Refusal.Kind.UNPROCESSABLE, refusal.kind());
    }

    @Test
    void nobodyDecidesOnTheirOwnHoursAndHoursAreDecidedOnce() {
        var entry = log(acceptedOffer(), 2, TODAY);

        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(Refusal.class, () -> entry.approve("volunteer", NOW)).kind());
        assertEquals(Refusal.Kind.FORBIDDEN,
            assertThrows(Refusal.class, () -> entry.reject("volunteer", "nei", NOW)).kind());
        var approved = entry.approve("admin", NOW).entry();
        assertEquals(HoursStatus.APPROVED, approved.status());
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class, () -> approved.approve("admin", NOW)).kind());
        assertEquals(Refusal.Kind.CONFLICT,
            assertThrows(Refusal.class, () -> approved.reject("admin", "feil", NOW)).kind());
    }

    private static HoursEntry log(HelpOffer offer, double hours, LocalDate date) {
        return HoursEntry.log(UUID.randomUUID(), offer, "volunteer", date, hours, "kafévakt", null, TODAY, NOW)
            .entry();
    }

    private static HelpOffer acceptedOffer() {
        return offer().accept("staff", null, NOW).offer();
    }

    private static HelpOffer offer() {
        return HelpOffer.offer(UUID.randomUUID(), new MunicipalityNumber("1833"), UUID.randomUUID(),
            AssociationId.random(), "admin", HelpKind.VENUE, null, List.of(), "Lokale.", NOW).offer();
    }
}
