package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaHidingTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Actor STAFF = new Actor("rana-staff");

    @Test
    void reportsBelowTheThresholdLeaveTheIdeaVisible() {
        assertTrue(IdeaLifecycleTest.published().hideAfterReports(2, 3, NOW, UUID.randomUUID()).isEmpty());
    }

    @Test
    void theReportThatReachesTheThresholdHidesTheIdeaInTheNameOfThePlatformAndKeepsItsStatus() {
        var idea = IdeaLifecycleTest.published();

        var change = idea.hideAfterReports(3, 3, NOW, UUID.randomUUID()).orElseThrow();

        assertTrue(change.idea().isHidden());
        assertEquals(IdeaStatus.PUBLISHED, change.idea().status());
        assertEquals(Actor.PLATFORM, change.idea().hiding().hiddenBy());
        var hidden = assertInstanceOf(IdeaEvent.IdeaHidden.class, change.domainEvent());
        assertEquals("HIDDEN", hidden.moderation());
        assertEquals(IdeaStatus.PUBLISHED, hidden.status());
    }

    @Test
    void aModeratorHidesWithAReasonTheAuthorSeesAndNeverWithoutOne() {
        var idea = IdeaLifecycleTest.published();

        var hidden = idea.hide(STAFF, "  Reklame for ei bedrift.  ", NOW, UUID.randomUUID());

        assertEquals("Reklame for ei bedrift.", hidden.idea().hiding().reason());
        assertEquals(STAFF, hidden.idea().hiding().hiddenBy());
        var blank = assertThrows(InvalidIdeaException.class, () -> idea.hide(STAFF, " ", NOW, UUID.randomUUID()));
        assertEquals("reason", blank.field());
        var tooLong = assertThrows(InvalidIdeaException.class,
            () -> idea.hide(STAFF, "x".repeat(Idea.REASON_MAX + 1), NOW, UUID.randomUUID()));
        assertEquals("reason", tooLong.field());
    }

    @Test
    void anIdeaHiddenAlreadyIsNotHiddenAgainByMoreReports() {
        var hidden = IdeaLifecycleTest.published().hide(STAFF, "Vi ser på det.", NOW, UUID.randomUUID()).idea();

        assertTrue(hidden.hideAfterReports(5, 3, NOW, UUID.randomUUID()).isEmpty());
        assertThrows(ModerationRefusedException.class, () -> hidden.hide(STAFF, "Igjen.", NOW, UUID.randomUUID()));
    }

    @Test
    void theAuthorCannotReportTheirOwnIdea() {
        var idea = IdeaLifecycleTest.published();

        assertThrows(ModerationRefusedException.class, () -> idea.report(idea.authorId(), "Feil.", NOW));
    }

    @Test
    void aReportNeedsAReasonOfAtMostFiveHundredCharacters() {
        var idea = IdeaLifecycleTest.published();

        assertEquals("reason", assertThrows(InvalidIdeaException.class, () -> idea.report("rana-neighbour", " ", NOW))
            .field());
        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> idea.report("rana-neighbour", "x".repeat(501), NOW)).field());
    }

    @Test
    void aHeldIdeaIsRejectedNotHidden() {
        var held = IdeaLifecycleTest.submitted();

        assertThrows(ModerationRefusedException.class, () -> held.hide(STAFF, "Reklame.", NOW, UUID.randomUUID()));
    }

    @Test
    void restoringShowsTheIdeaAgainAndOnlyAHiddenIdeaCanBeRestored() {
        var hidden = IdeaLifecycleTest.published().hide(STAFF, "Vi ser på det.", NOW, UUID.randomUUID()).idea();

        var restored = hidden.restore(STAFF, "Sjekka: innhaldet er greitt.", NOW, UUID.randomUUID());

        assertFalse(restored.idea().isHidden());
        var event = assertInstanceOf(IdeaEvent.IdeaRestored.class, restored.domainEvent());
        assertEquals("Sjekka: innhaldet er greitt.", event.note());
        assertEquals("RESTORED", event.moderation());
        assertThrows(ModerationRefusedException.class,
            () -> restored.idea().restore(STAFF, "Igjen.", NOW, UUID.randomUUID()));
    }

    @Test
    void aRestoringTakesAReasonAsLongAsAHidingMay() {
        var hidden = IdeaLifecycleTest.published().hide(STAFF, "Vi ser på det.", NOW, UUID.randomUUID()).idea();

        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> hidden.restore(STAFF, "", NOW, UUID.randomUUID())).field());
        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> hidden.restore(STAFF, "x".repeat(Idea.REASON_MAX + 1), NOW, UUID.randomUUID())).field());
    }

    @Test
    void aHiddenIdeaTakesNoComments() {
        var hidden = IdeaLifecycleTest.published().hide(STAFF, "Vi ser på det.", NOW, UUID.randomUUID()).idea();

        assertThrows(CommentRefusedException.class, hidden::checkOpenForComments);
    }
}
