package no.samskap.events.registrations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventDescription;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Price;
import no.samskap.events.events.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegistrationWindowTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:30:00Z");
    private static final MunicipalityNumber RANA = new MunicipalityNumber("1833");

    @Test
    void aPublishedEventThatHasNotStartedTakesRegistrationsFromItsOwnMunicipality() {
        assertDoesNotThrow(() -> RegistrationWindow.requireOpenFor(event(EventStatus.PUBLISHED, NOW.plusSeconds(60)),
            RANA, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = {"DRAFT", "CANCELLED", "COMPLETED"})
    void anEventThatIsNotPublishedTakesNoRegistrationsNamingItsStatus(EventStatus status) {
        var refusal = assertThrows(Refusal.class, () -> RegistrationWindow.requireOpenFor(
            event(status, NOW.plus(Duration.ofDays(1))), RANA, NOW));

        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertEquals("status", refusal.field());
    }

    @Test
    void anEventThatHasStartedTakesNoRegistrationsOrCancellations() {
        var started = event(EventStatus.PUBLISHED, NOW);

        assertEquals("startsAt", assertThrows(Refusal.class,
            () -> RegistrationWindow.requireOpenFor(started, RANA, NOW)).field());
        assertEquals("startsAt", assertThrows(Refusal.class,
            () -> RegistrationWindow.requireCancellable(started, NOW)).field());
    }

    @Test
    void residentsOfAnotherMunicipalityMayNotRegister() {
        var refusal = assertThrows(Refusal.class, () -> RegistrationWindow.requireOpenFor(
            event(EventStatus.PUBLISHED, NOW.plusSeconds(60)), new MunicipalityNumber("4618"), NOW));

        assertEquals(Refusal.Kind.FORBIDDEN, refusal.kind());
        assertEquals("municipality", refusal.field());
    }

    private static Event event(EventStatus status, Instant startsAt) {
        var description = new EventDescription("Lesestund", "", "bibliotek", List.of(), List.of(), null, startsAt,
            startsAt.plus(Duration.ofHours(2)), "barn", List.of(), Price.FREE, 30, List.of());
        return new Event(EventId.random(), RANA, description, status, null, "staff", NOW.minusSeconds(3_600), null, 0);
    }
}
