package no.samskap.gateway.shell.notifications;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NotificationWordingsTest {

    private static final FeedEntry CANCELLED = new FeedEntry("0b7e4c1a-2f55-4c1e-8e0a-6d1f2a3b4c5d", "events",
        "cultural-event", "e-17", "Jazz i kulturhuset", "/arrangementer/e-17", "cancelled", "",
        Instant.parse("2026-12-05T13:00:00Z"), null);

    @Test
    void anEntryIsWordedByTheModuleThatWordsItsServiceAndSubjectType() {
        var wordings = new NotificationWordings(List.of(new CulturalEventWordingForTests()));

        assertEquals("er avlyst", wordings.whatHappened(CANCELLED, new Texts(Language.BOKMAL)));
    }

    @Test
    void withoutThatModuleTheSameEntryIsWordedNeutrallyInEachLanguage() {
        var wordings = new NotificationWordings(List.of());

        assertEquals("har noe nytt", wordings.whatHappened(CANCELLED, new Texts(Language.BOKMAL)));
        assertEquals("har noko nytt", wordings.whatHappened(CANCELLED, new Texts(Language.NYNORSK)));
        assertEquals("has news", wordings.whatHappened(CANCELLED, new Texts(Language.ENGLISH)));
    }

    @Test
    void aWordingForAnotherSubjectTypeOfTheSameServiceIsNotUsed() {
        var wordings = new NotificationWordings(List.of(new CulturalEventWordingForTests()));
        var venue = new FeedEntry(CANCELLED.id(), "events", "venue", "v-1", "Storsalen", "/steder/v-1", "closed", "",
            CANCELLED.notifiedAt(), null);

        assertEquals("has news", wordings.whatHappened(venue, new Texts(Language.ENGLISH)));
    }
}
