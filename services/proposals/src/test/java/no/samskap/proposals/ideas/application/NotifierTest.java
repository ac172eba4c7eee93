package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Classification;
import no.samskap.proposals.ideas.domain.IdeaEvent;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final IdeaId IDEA = IdeaId.random();
    private static final Municipality RANA = new Municipality("1833");
    private static final Actor STAFF = new Actor("staff");

    @Test
    void anAnswerIsNewsWithTheFirstTwoHundredCharactersOfItsWordsCountedAsPeopleCountThem() {
        var answer = "😀".repeat(250);
        var answered = new IdeaEvent.IdeaAnswered(UUID.randomUUID(), NOW, IDEA, RANA, STAFF, IdeaStatus.ACCEPTED, answer);

        assertEquals(Optional.of("answered"), Notifier.kindOf(answered));
        assertEquals("😀".repeat(200), Notifier.noteOf(answered));
    }

    @Test
    void aRealisationByAnEventIsYouSaidWeDidAndOneByHandIsPlainRealised() {
        var byEvent = new IdeaEvent.IdeaRealised(UUID.randomUUID(), NOW, IDEA, RANA, STAFF, "e", UUID.randomUUID());
        var byHand = new IdeaEvent.IdeaRealised(UUID.randomUUID(), NOW, IDEA, RANA, STAFF, "konsert-2027");

        assertEquals(Optional.of("idea-realised-by-event"), Notifier.kindOf(byEvent));
        assertEquals(Optional.of("realised"), Notifier.kindOf(byHand));
        assertEquals("", Notifier.noteOf(byEvent));
    }

    @Test
    void anAssessmentIsNewsWithTheDateStaffCommittedTo() {
        var started = new IdeaEvent.AssessmentStarted(UUID.randomUUID(), NOW, IDEA, RANA, STAFF, LocalDate.of(2027, 1, 15));

        assertEquals(Optional.of("under-assessment"), Notifier.kindOf(started));
        assertEquals("2027-01-15", Notifier.noteOf(started));
    }

    @Test
    void aMovedResponseDateIsNewsForEveryFollowerWithTheNewDate() {
        var changed = new IdeaEvent.ResponseDateChanged(UUID.randomUUID(), NOW, IDEA, RANA, STAFF,
            LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 12), "Vi venter på budsjettet.");

        assertEquals(Optional.of("response-date-changed"), Notifier.kindOf(changed));
        assertFalse(Notifier.onlyForTheAuthor(changed));
        assertEquals("2027-02-12", Notifier.noteOf(changed));
    }

    @Test
    void hidingIsNewsForTheAuthorAloneAndAnAppealIsNoNews() {
        var hidden = new IdeaEvent.IdeaHidden(UUID.randomUUID(), NOW, IDEA, RANA, STAFF, IdeaStatus.PUBLISHED, "Spam.");
        var appealed = new IdeaEvent.IdeaAppealed(UUID.randomUUID(), NOW, IDEA, RANA, new Actor("author"),
            IdeaStatus.PUBLISHED, "hidden");

        assertEquals(Optional.of("hidden"), Notifier.kindOf(hidden));
        assertTrue(Notifier.onlyForTheAuthor(hidden));
        assertEquals("", Notifier.noteOf(hidden));
        assertEquals(Optional.empty(), Notifier.kindOf(appealed));
        assertFalse(Notifier.onlyForTheAuthor(appealed));
    }

    @Test
    void aSubmissionAndAnEditAreNoNews() {
        var classification = Classification.of(MunicipalitySettings.defaultsFor(RANA), "bibliotek", null, null, null, null);
        var author = new Actor("author");
        var submitted = new IdeaEvent.IdeaSubmitted(UUID.randomUUID(), NOW, IDEA, RANA, author, "Lesesirkel",
            "Kvar torsdag.", classification);
        var edited = new IdeaEvent.IdeaEdited(UUID.randomUUID(), NOW, IDEA, RANA, author, IdeaStatus.PUBLISHED,
            "Lesesirkel for alle", "Kvar torsdag.", classification);

        assertEquals(Optional.empty(), Notifier.kindOf(submitted));
        assertEquals(Optional.empty(), Notifier.kindOf(edited));
    }
}
