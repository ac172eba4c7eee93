package no.samskap.organisations.enhetsregisteret;

import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.application.Register.BoardRole;
import no.samskap.organisations.associations.application.Register.RegisterUnavailable;
import no.samskap.organisations.associations.domain.RegisterStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static no.samskap.organisations.enhetsregisteret.RecordedRegister.FIRST_UPDATE;
import static no.samskap.organisations.enhetsregisteret.RecordedRegister.LAST_UPDATE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpRegisterTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private static final Duration SHORT_WAIT = Duration.ofMillis(300);

    private final RecordedRegister recorded = RecordedRegister.start();
    private final Register register = registerAt(recorded.url(), Duration.ofSeconds(5));

    @AfterEach
    void stopTheRegister() {
        recorded.close();
    }

    private static Register registerAt(URI url, Duration wait) {
        return new HttpRegister(new EnhetsregisteretSettings(url, wait, wait), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aFoundIdrettslagGivesItsNameFormBusinessAddressAndFrivillighetsregisteret() {
        var facts = register.lookUp(RecordedRegister.FOUND);

        assertAll(
            () -> assertEquals(RegisterStatus.ACTIVE, facts.status()),
            () -> assertEquals("FJELLTOPPEN IDRETTSLAG", facts.registeredName()),
            () -> assertEquals("FLI", facts.organisationForm()),
            () -> assertEquals("Idrettsveien 12, 8006 BODØ", facts.address()),
            () -> assertTrue(facts.inFrivillighetsregisteret()),
            () -> assertNull(facts.deletedOn()),
            () -> assertEquals(NOW, facts.checkedAt()));
    }

    @Test
    void asksForJsonAtTheEntityPathOfTheRegistersApi() {
        register.lookUp(RecordedRegister.FOUND);

        var request = recorded.requests().get(0);
        assertEquals("/enhetsregisteret/api/enheter/912345602", request.uri().getPath());
        assertEquals("application/json", request.accept());
    }

    @Test
    void aNumberTheRegisterDoesNotKnowIsNotFound() {
        var facts = register.lookUp(RecordedRegister.UNKNOWN);

        assertEquals(RegisterStatus.NOT_FOUND, facts.status());
        assertNull(facts.registeredName());
        assertEquals(NOW, facts.checkedAt());
    }

    @Test
    void anEntityWithASlettedatoIsDeletedWithTheNameAndFormItHad() {
        var facts = register.lookUp(RecordedRegister.DELETED);

        assertAll(
            () -> assertEquals(RegisterStatus.DELETED, facts.status()),
            () -> assertEquals("SOLSTRAND VELFORENING", facts.registeredName()),
            () -> assertEquals("FLI", facts.organisationForm()),
            () -> assertEquals(LocalDate.parse("2025-11-30"), facts.deletedOn()));
    }

    @Test
    void anEntityAnsweredWithGoneIsDeletedWithWhatTheBodySays() {
        var facts = register.lookUp(RecordedRegister.REMOVED);

        assertAll(
            () -> assertEquals(RegisterStatus.DELETED, facts.status()),
            () -> assertEquals("GAMLEVIKA BÅTFORENING", facts.registeredName()),
            () -> assertEquals("FLI", facts.organisationForm()),
            () -> assertEquals(LocalDate.parse("2024-05-02"), facts.deletedOn()));
    }

    @Test
    void anEntityAnsweredWithGoneAndNoReadableBodyIsStillDeleted() {
        recorded.answer("/enhetsregisteret/api/enheter/" + RecordedRegister.REMOVED, 410, "");

        var facts = register.lookUp(RecordedRegister.REMOVED);

        assertEquals(RegisterStatus.DELETED, facts.status());
        assertNull(facts.registeredName());
        assertNull(facts.deletedOn());
    }

    @Test
    void aBankruptEntityIsBankruptAndFallsBackToItsPostalAddress() {
        var facts = register.lookUp(RecordedRegister.BANKRUPT);

        assertEquals(RegisterStatus.BANKRUPT, facts.status());
        assertEquals("c/o Lars Tårnvik, Brettveien 3, 8100 MISVÆR", facts.address());
        assertFalse(facts.inFrivillighetsregisteret());
    }

    @Test
    void anEntityUnderAvviklingIsBeingWoundUp() {
        assertEquals(RegisterStatus.BEING_WOUND_UP, register.lookUp(RecordedRegister.BEING_WOUND_UP).status());
    }

    @Test
    void anEntityUnderForcedDissolutionIsBeingWoundUp() {
        assertEquals(RegisterStatus.BEING_WOUND_UP,
            register.lookUp(RecordedRegister.BEING_FORCIBLY_WOUND_UP).status());
    }

    @Test
    void aServerErrorMakesTheRegisterUnavailable() {
        recorded.failWith(500);

        var failure = assertThrows(RegisterUnavailable.class, () -> register.lookUp(RecordedRegister.FOUND));
        assertTrue(failure.getMessage().contains("500"), failure.getMessage());
    }

    @Test
    void aRegisterThatAnswersTooLateIsUnavailable() {
        recorded.stallFor(Duration.ofSeconds(2));
        var impatient = registerAt(recorded.url(), SHORT_WAIT);

        assertThrows(RegisterUnavailable.class, () -> impatient.lookUp(RecordedRegister.FOUND));
    }

    @Test
    void aRegisterThatCannotBeReachedIsUnavailable() {
        var url = recorded.url();
        recorded.close();
        var unreachable = registerAt(url, SHORT_WAIT);

        assertThrows(RegisterUnavailable.class, () -> unreachable.lookUp(RecordedRegister.FOUND));
    }

    @Test
    void aBodyCutOffInTheMiddleMakesTheRegisterUnavailable() {
        recorded.answerGarbage();

        assertAll(
            () -> assertThrows(RegisterUnavailable.class, () -> register.lookUp(RecordedRegister.FOUND)),
            () -> assertThrows(RegisterUnavailable.class, () -> register.rolesOf(RecordedRegister.FOUND)),
            () -> assertThrows(RegisterUnavailable.class, () -> register.updatesAfter(0, 10)));
    }

    @Test
    void anAnswerAboutAnotherNumberIsNotTakenForTheOneAskedFor() {
        recorded.answer("/enhetsregisteret/api/enheter/" + RecordedRegister.UNKNOWN, 200,
            "{\"organisasjonsnummer\": \"912345602\", \"navn\": \"FJELLTOPPEN IDRETTSLAG\"}");

        assertThrows(RegisterUnavailable.class, () -> register.lookUp(RecordedRegister.UNKNOWN));
    }

    @Test
    void rolesNameThePersonsAndTheOrganisationHoldingThemAndWhoHasResigned() {
        var roles = register.rolesOf(RecordedRegister.FOUND);

        assertEquals(List.of(
            new BoardRole("LEDE", "Styrets leder", "Kari Fjellheim", false),
            new BoardRole("NEST", "Nestleder", "Ola Mellom Nordby", false),
            new BoardRole("MEDL", "Styremedlem", "Siri Haugli", true),
            new BoardRole("KONT", "Kontaktperson", "Kari Fjellheim", false),
            new BoardRole("REVI", "Revisor", "TALLRIKTIG REVISJON AS", false)), roles);
        assertEquals("/enhetsregisteret/api/enheter/912345602/roller", recorded.requests().get(0).uri().getPath());
    }

    @Test
    void anEntityWithoutRolesHasNone() {
        assertEquals(List.of(), register.rolesOf(RecordedRegister.UNKNOWN));
    }

    @Test
    void updatesAfterAnIdAreAskedFromTheNextIdAndComeOldestFirst() {
        var updates = register.updatesAfter(FIRST_UPDATE + 1, 3);

        assertEquals(List.of(FIRST_UPDATE + 2, FIRST_UPDATE + 3, FIRST_UPDATE + 4),
            updates.stream().map(Register.RegisterUpdate::updateId).toList());
        assertEquals(new Register.RegisterUpdate(FIRST_UPDATE + 3, RecordedRegister.DELETED, "Sletting"),
            updates.get(1));
        assertEquals("oppdateringsid=" + (FIRST_UPDATE + 2) + "&size=3", recorded.requests().get(0).uri().getQuery());
    }

    @Test
    void theFeedIsReadPageByPageUntilAPageWithoutEmbeddedUpdates() {
        var first = register.updatesAfter(FIRST_UPDATE - 1, 4);
        var second = register.updatesAfter(first.get(first.size() - 1).updateId(), 4);
        var third = register.updatesAfter(second.get(second.size() - 1).updateId(), 4);

        assertEquals(4, first.size());
        assertEquals(List.of(FIRST_UPDATE + 4, FIRST_UPDATE + 5, LAST_UPDATE),
            second.stream().map(Register.RegisterUpdate::updateId).toList());
        assertEquals(List.of("Fjernet", "Endring", "Ukjent"),
            second.stream().map(Register.RegisterUpdate::changeType).toList());
        assertEquals(List.of(), third);
    }

    @Test
    void updatesSinceATimeAskWithTheTimeInUtc() {
        var updates = register.updatesSince(Instant.parse("2026-12-05T00:00:00Z"), 1);

        assertEquals(List.of(new Register.RegisterUpdate(FIRST_UPDATE + 5, RecordedRegister.BANKRUPT, "Endring")),
            updates);
        assertEquals("dato=2026-12-05T00:00:00.000Z&size=1", recorded.requests().get(0).uri().getQuery());
    }

    @Test
    void anUpdatePageThatIsNotTheFeedsShapeMakesTheRegisterUnavailable() {
        recorded.answer("/enhetsregisteret/api/oppdateringer/enheter", 200,
            "{\"_embedded\": {\"oppdaterteEnheter\": [{\"oppdateringsid\": 5, \"organisasjonsnummer\": \"123\"}]}}");

        assertThrows(RegisterUnavailable.class, () -> register.updatesAfter(0, 10));
    }
}
