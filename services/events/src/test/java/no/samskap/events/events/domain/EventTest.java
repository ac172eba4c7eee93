package no.samskap.events.events.domain;

import no.samskap.contract.MunicipalityNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void aPastEventMayBePublishedToRecordWhatCameOfAnIdeaButNotRegisteredFor() {
        var event = draftStarting(NOW.minus(3, ChronoUnit.DAYS)).publish("staff", NOW).event();

        assertEquals(EventStatus.PUBLISHED, event.status());
        assertFalse(event.isOpenForRegistration(NOW));
        assertEquals(EventStatus.COMPLETED, event.complete(null, "staff", NOW).event().status());
    }

    @Test
    void aFutureEventIsOpenForRegistrationOnceItIsPublished() {
        var draft = draftStarting(NOW.plus(3, ChronoUnit.DAYS));

        assertFalse(draft.isOpenForRegistration(NOW));
        assertTrue(draft.publish("staff", NOW).event().isOpenForRegistration(NOW));
    }

    @Test
    void aCancelledEventCannotBeChangedPublishedOrCompleted() {
        var cancelled = draftStarting(NOW.plus(3, ChronoUnit.DAYS)).cancel("Stengt.", "staff", NOW).event();

        assertEquals("status", assertThrows(Refusal.class, () -> cancelled.publish("staff", NOW)).field());
        assertEquals("status", assertThrows(Refusal.class,
            () -> cancelled.describe(cancelled.description(), "staff", NOW)).field());
        assertEquals("status", assertThrows(Refusal.class, () -> cancelled.complete(null, "staff", NOW)).field());
    }

    @Test
    void aPublishedEventCannotBeMovedIntoThePast() {
        var published = draftStarting(NOW.plus(3, ChronoUnit.DAYS)).publish("staff", NOW).event();
        var moved = description(NOW.minus(1, ChronoUnit.DAYS));

        assertEquals("startsAt", assertThrows(Refusal.class, () -> published.describe(moved, "staff", NOW)).field());
    }

    private static Event draftStarting(Instant startsAt) {
        return Event.draft(EventId.random(), new MunicipalityNumber("1833"), description(startsAt), "staff", NOW)
            .event();
    }

    private static EventDescription description(Instant startsAt) {
        return new EventDescription("Lesestund", "", "bibliotek", List.of(), List.of(), null, startsAt,
            startsAt.plus(2, ChronoUnit.HOURS), "barn", List.of(), Price.FREE, 30, List.of());
    }
}
