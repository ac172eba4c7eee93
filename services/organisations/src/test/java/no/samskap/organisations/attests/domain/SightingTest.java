package no.samskap.organisations.attests.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SightingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Oslo"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Association KOR = Association.register(AssociationId.random(), new MunicipalityNumber("1833"),
        OrganisationNumber.parse("974760673").orElseThrow(), new Association.Description("Rana Sangkor", "kor", "",
            null, null), "admin", CLOCK.instant()).association();
    private static final AttestRole TRAINER = new AttestRole("barn-og-unge", "Trener for G12");

    @Test
    void aSightingHoldsThreeYearsByDefaultAndTravelsWithTheAssociationsMunicipality() {
        var sighted = Sighting.record(KOR, seen(TODAY, null, null), false, "officer", TODAY, CLOCK.instant());

        assertEquals(LocalDate.of(2029, 12, 1), sighted.sighting().validUntil());
        assertEquals("officer", sighted.sighting().seenBy());
        assertEquals("1833", sighted.municipality().value());
        assertTrue(sighted.sighting().holdsOn(LocalDate.of(2029, 11, 30)));
        assertFalse(sighted.sighting().holdsOn(LocalDate.of(2029, 12, 1)));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertEquals("seenOn", refusedField(seen(TODAY.plusDays(1), 3, null), false));
    }

    @Test
    void aSightingThatWouldAlreadyHaveEndedIsRefused() {
        assertEquals("seenOn", refusedField(seen(TODAY.minusYears(3), 3, null), false));
    }

    @Test
    void validYearsMustBeFromOneToTen() {
        assertEquals("validYears", refusedField(seen(TODAY, 0, null), false));
        assertEquals("validYears", refusedField(seen(TODAY, 11, null), false));
        assertEquals(TODAY.plusYears(10), Sighting.record(KOR, seen(TODAY, 10, null), false, "officer", TODAY,
            CLOCK.instant()).sighting().validUntil());
    }

    @Test
    void aMinorNeedsAGuardiansConsentRecorded() {
        assertEquals("guardianConsent", refusedField(seen(TODAY, 3, null), true));
        assertEquals("guardianConsent", refusedField(seen(TODAY, 3, false), true));
        assertTrue(Sighting.record(KOR, seen(TODAY, 3, true), true, "officer", TODAY, CLOCK.instant()).sighting()
            .guardianConsent());
    }

    @Test
    void nothingIsDueMoreThanThirtyDaysBeforeTheEnd() {
        var sighting = endingOn(TODAY.plusDays(31));

        assertEquals(Optional.empty(), sighting.reminderDueOn(TODAY));
    }

    @Test
    void theWarningIsDueThirtyDaysBeforeTheEndAndOnlyOnce() {
        var sighting = endingOn(TODAY.plusDays(30));

        assertEquals(Optional.of(Reminder.EXPIRING), sighting.reminderDueOn(TODAY));
        var warned = sighting.reminded(Reminder.EXPIRING, TODAY);
        assertEquals(Optional.empty(), warned.reminderDueOn(TODAY));
        assertEquals(Optional.empty(), warned.reminderDueOn(TODAY.plusDays(29)));
    }

    @Test
    void theExpiryIsDueOnTheLastDayAndOnlyOnceEvenIfTheWarningWasMissed() {
        var sighting = endingOn(TODAY);

        assertEquals(Optional.of(Reminder.EXPIRED), sighting.reminderDueOn(TODAY));
        var expired = sighting.reminded(Reminder.EXPIRED, TODAY);
        assertEquals(Optional.empty(), expired.reminderDueOn(TODAY));
        assertEquals(Optional.empty(), expired.reminderDueOn(TODAY.plusDays(100)));
    }

    @Test
    void aWarnedSightingExpiresOnItsDay() {
        var warned = endingOn(TODAY.plusDays(30)).reminded(Reminder.EXPIRING, TODAY);

        assertEquals(Optional.of(Reminder.EXPIRED), warned.reminderDueOn(TODAY.plusDays(30)));
    }

    @Test
    void aRoleIsOneOfTheKindsTheLawNamesWithAnOptionalShortName() {
        assertEquals("role", assertThrows(Refusal.class, () -> new AttestRole("trener", null)).field());
        assertEquals("roleName", assertThrows(Refusal.class, () -> new AttestRole("barn-og-unge", "x".repeat(101)))
            .field());
        assertEquals("people-with-intellectual-disabilities",
            new AttestRole("personer-med-utviklingshemming", " ").responsibleFor());
    }

    @Test
    void theOfficersAreTwoDifferentPeople() {
        assertEquals("deputyId", assertThrows(Refusal.class, () -> new AttestOfficers(KOR.id(), "anne", "anne",
            "admin", CLOCK.instant())).field());
        assertEquals("responsibleId", assertThrows(Refusal.class, () -> new AttestOfficers(KOR.id(), " ", "per",
            "admin", CLOCK.instant())).field());
    }

    @Test
    void fieldsThatCouldHoldCertificateContentAreRecognisedByName() {
        assertTrue(CertificateContent.couldBe("Merknader"));
        assertTrue(CertificateContent.couldBe("certificateFile"));
        assertFalse(CertificateContent.couldBe("volunteerId"));
    }

    private static Sighting endingOn(LocalDate day) {
        return new Sighting(KOR.id(), "vol", TRAINER, "officer", day.minusYears(3), day, false, CLOCK.instant(), null,
            null);
    }

    private static Sighting.Seen seen(LocalDate on, Integer years, Boolean consent) {
        return new Sighting.Seen("vol", TRAINER, on, years, consent);
    }

    private static String refusedField(Sighting.Seen seen, boolean minor) {
        return assertThrows(Refusal.class, () -> Sighting.record(KOR, seen, minor, "officer", TODAY, CLOCK.instant()))
            .field();
    }
}
