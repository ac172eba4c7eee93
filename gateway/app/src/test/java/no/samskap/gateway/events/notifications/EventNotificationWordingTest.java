package no.samskap.gateway.events.notifications;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventNotificationWordingTest {

    private final EventNotificationWording events = new EventNotificationWording("event");
    private final EventNotificationWording shifts = new EventNotificationWording("shift");

    @Test
    void wordsTheEventsNoticesInEachLanguageWithTheOrganisersOwnReason() {
        assertEquals("– du har fått plass fra ventelisten",
            events.whatHappened(entry("event", "registration-promoted", ""), new Texts(Language.BOKMAL)));
        assertEquals("er avlyst: «Salen er stengt.»",
            events.whatHappened(entry("event", "event-cancelled", "Salen er stengt."), new Texts(Language.NYNORSK)));
        assertEquals("– a volunteer will be late: “15 min. Bussen er sein.”",
            shifts.whatHappened(entry("shift", "shift-volunteer-late", "15 min. Bussen er sein."),
                new Texts(Language.ENGLISH)));
    }

    @Test
    void wordsWhatBecameOfAnAssociationsApplicationForARoomWithTheStaffsReason() {
        var rooms = new EventNotificationWording("room-booking");

        assertEquals("– søknaden om å låne rommet er avslått: «Salen pusses opp i mars.»",
            rooms.whatHappened(entry("room-booking", "declined", "Salen pusses opp i mars."),
                new Texts(Language.BOKMAL)));
        assertEquals("– søknaden om å låne rommet er godkjend",
            rooms.whatHappened(entry("room-booking", "approved", ""), new Texts(Language.NYNORSK)));
        assertEquals("– the booking of the room is cancelled",
            rooms.whatHappened(entry("room-booking", "cancelled", ""), new Texts(Language.ENGLISH)));
    }

    @Test
    void aKindNewerThanTheTextsReadsNeutrally() {
        assertEquals("har en nyhet til deg", shifts.whatHappened(entry("shift", "shift-renamed", ""),
            new Texts(Language.BOKMAL)));
    }

    private static FeedEntry entry(String subjectType, String kind, String note) {
        return new FeedEntry("1", "events", subjectType, "a", "Lesestund", "/arrangementer/a", kind, note,
            Instant.parse("2027-03-01T10:00:00Z"), null);
    }
}
