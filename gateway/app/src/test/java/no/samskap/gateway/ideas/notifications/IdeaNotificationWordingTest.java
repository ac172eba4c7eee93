package no.samskap.gateway.ideas.notifications;

import no.samskap.gateway.shell.notifications.FeedEntry;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdeaNotificationWordingTest {

    private final IdeaNotificationWording wording = new IdeaNotificationWording();

    @Test
    void anAnswerIsToldWithTheStartOfItsWordsEscaped() {
        assertEquals("har fått svar frå kommunen <q class=\"note\">Ja &amp; takk.</q>",
            wording.whatHappened(entry("answered", "Ja & takk."), new Texts(Language.NYNORSK)));
    }

    @Test
    void aMovedResponseDateIsToldWithTheNewDate() {
        assertEquals("har fått ny svarfrist (svar innen 12. februar 2027)",
            wording.whatHappened(entry("response-date-changed", "2027-02-12"), new Texts(Language.BOKMAL)));
    }

    @Test
    void aKindNewerThanTheTextsShowsAsItsCodeAndANoteThatIsNoDateIsLeftOut() {
        var texts = new Texts(Language.ENGLISH);
        assertEquals("merged", wording.whatHappened(entry("merged", ""), texts));
        assertEquals("is being assessed by the municipality",
            wording.whatHappened(entry("under-assessment", "soon"), texts));
    }

    @Test
    void aReachedThresholdIsToldWithTheNumberOfSupportsItTookInEachLanguage() {
        assertEquals("har nådd kommunens terskel for støtte (1\u00a0200 støtter)",
            wording.whatHappened(entry("support-threshold-reached", "1200"), new Texts(Language.BOKMAL)));
        assertEquals("har nådd terskelen kommunen har for støtte (50 støtter)",
            wording.whatHappened(entry("support-threshold-reached", "50"), new Texts(Language.NYNORSK)));
        assertEquals("has reached the municipality’s support threshold (50 supports)",
            wording.whatHappened(entry("support-threshold-reached", "50"), new Texts(Language.ENGLISH)));
        assertEquals("has reached the municipality’s support threshold",
            wording.whatHappened(entry("support-threshold-reached", "<b>"), new Texts(Language.ENGLISH)));
    }

    @Test
    void aDateComingNearOrPassedIsToldWithTheDate() {
        assertEquals("nærmer seg svarfristen (svar innen 12. februar 2027)",
            wording.whatHappened(entry("response-date-approaching", "2027-02-12"), new Texts(Language.BOKMAL)));
        assertEquals("har passert svarfristen utan svar (svar innan 12. februar 2027)",
            wording.whatHappened(entry("response-date-passed", "2027-02-12"), new Texts(Language.NYNORSK)));
        assertEquals("is past its response date without an answer (answer by February 12, 2027)",
            wording.whatHappened(entry("response-date-passed", "2027-02-12"), new Texts(Language.ENGLISH)));
    }

    @Test
    void wordsTheProposalsServicesIdeas() {
        assertEquals("proposals/idea", wording.service() + "/" + wording.subjectType());
    }

    private static FeedEntry entry(String kind, String note) {
        return new FeedEntry("0b7e4c1a-2f55-4c1e-8e0a-6d1f2a3b4c5d", "proposals", "idea",
            "5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11", "Kino & kaffe", "/ideer/5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11", kind,
            note, Instant.parse("2026-11-28T10:00:00Z"), null);
    }
}
