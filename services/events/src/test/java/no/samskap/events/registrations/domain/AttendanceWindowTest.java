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

class AttendanceWindowTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:30:00Z");
    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    @Test
    void registrantsAreCheckedInFromPublicationButWalkInsOnlyOnceTheEventHasStarted() {
        var upcoming = published(NOW.plusSeconds(1_800));

        assertDoesNotThrow(() -> AttendanceWindow.requireCheckInOpen(upcoming, NOW));
        assertRefused("startsAt", () -> AttendanceWindow.requireWalkInOpen(upcoming, NOW));
        assertDoesNotThrow(() -> AttendanceWindow.requireWalkInOpen(published(NOW), NOW));
    }

    @Test
    void attendanceIsRecordedUntilFourteenDaysAfterCompletionAndNotASecondLonger() {
        var completed = completed(NOW.minus(FOURTEEN_DAYS));

        assertDoesNotThrow(() -> AttendanceWindow.requireCheckInOpen(completed, NOW));
        assertDoesNotThrow(() -> AttendanceWindow.requireWalkInOpen(completed, NOW));
        assertRefused("completedAt", () -> AttendanceWindow.requireCheckInOpen(completed, NOW.plusSeconds(1)));
        assertRefused("completedAt", () -> AttendanceWindow.requireWalkInOpen(completed, NOW.plusSeconds(1)));
    }

    @Test
    void theWindowCountsFromWhenStaffCompletedTheEventNotFromWhenItTookPlace() {
        var heldLastSummer = event(EventStatus.COMPLETED, NOW.minus(Duration.ofDays(200)), NOW.minusSeconds(60));

        assertDoesNotThrow(() -> AttendanceWindow.requireWalkInOpen(heldLastSummer, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = {"DRAFT", "CANCELLED"})
    void nobodyIsRecordedAtADraftOrACancelledEventNamingItsStatus(EventStatus status) {
        var event = event(status, NOW.minusSeconds(60), null);

        assertRefused("status", () -> AttendanceWindow.requireCheckInOpen(event, NOW));
        assertRefused("status", () -> AttendanceWindow.requireWalkInOpen(event, NOW));
    }

    @Test
    void aWalkInIsRefusedWhenThoseCheckedInAlreadyFillTheCapacity() {
        var thirtySeats = published(NOW);

        assertDoesNotThrow(() -> AttendanceWindow.requireRoomFor(thirtySeats, 28, new Party(1)));
        assertRefused("capacity", () -> AttendanceWindow.requireRoomFor(thirtySeats, 29, new Party(1)));
    }

    private static void assertRefused(String field, org.junit.jupiter.api.function.Executable rule) {
        var refusal = assertThrows(Refusal.class, rule);
        assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
        assertEquals(field, refusal.field());
    }

    private static Event published(Instant startsAt) {
        return event(EventStatus.PUBLISHED, startsAt, null);
    }

    private static Event completed(Instant completedAt) {
        return event(EventStatus.COMPLETED, completedAt.minus(Duration.ofHours(3)), completedAt);
    }

    private static Event event(EventStatus status, Instant startsAt, Instant completedAt) {
        var description = new EventDescription("Sommerkino", "", "kino", List.of(), List.of(), null, startsAt,
            startsAt.plus(Duration.ofHours(2)), "alle", List.of(), Price.FREE, 30, List.of());
        return new Event(EventId.random(), new MunicipalityNumber("1833"), description, status, null, "staff",
            startsAt.minus(Duration.ofDays(30)), completedAt, 0);
    }
}
