package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaAppealTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Actor HIDER = new Actor("rana-staff");
    private static final Actor OTHER_MODERATOR = new Actor("rana-moderator");

    private static Idea hidden() {
        return IdeaLifecycleTest.published().hide(HIDER, "Vi ser på det.", NOW, UUID.randomUUID()).idea();
    }

    private static Actor authorOf(Idea idea) {
        return new Actor(idea.authorId());
    }

    private static IdeaAppeal appealed(Idea idea, List<Timelines.Step> timeline) {
        return IdeaAppeal.lodge(idea, authorOf(idea), "Eg meiner ideen følgjer reglane.", timeline, Optional.empty(), NOW,
            UUID.randomUUID()).appeal();
    }

    @Test
    void theAuthorAppealsAHidingAndTheAppealNamesWhoHidIt() {
        var idea = hidden();

        var lodged = IdeaAppeal.lodge(idea, authorOf(idea), "  Eg meiner ideen følgjer reglane. ", List.of(),
            Optional.empty(), NOW, UUID.randomUUID());

        assertEquals(HIDER.id(), lodged.appeal().contestedDecisionBy());
        assertEquals("Eg meiner ideen følgjer reglane.", lodged.appeal().text());
        assertEquals("hidden", lodged.domainEvent().against());
        assertEquals("", lodged.domainEvent().note());
    }

    @Test
    void aRejectionIsAppealedAgainstTheModeratorTheTimelineNamesForIt() {
        var rejected = IdeaLifecycleTest.submitted().reject(HIDER, "Reklame.", NOW, UUID.randomUUID()).idea();
        var timeline = List.of(new Timelines.Step(IdeaStatus.SUBMITTED, null, rejected.authorId(), "", NOW),
            new Timelines.Step(IdeaStatus.REJECTED, null, HIDER.id(), "Reklame.", NOW));

        assertEquals(HIDER.id(), appealed(rejected, timeline).contestedDecisionBy());
    }

    @Test
    void anIdeaIsAppealedOnceOnly() {
        var idea = hidden();
        var earlier = Optional.of(appealed(idea, List.of()));

        assertThrows(AppealRefusedException.class, () -> IdeaAppeal.lodge(idea, authorOf(idea), "Igjen.", List.of(),
            earlier, NOW, UUID.randomUUID()));
    }

    @Test
    void onlyTheAuthorAppealsAndOnlyAHiddenOrRejectedIdea() {
        var idea = hidden();

        assertThrows(NotTheAuthorException.class, () -> IdeaAppeal.lodge(idea, new Actor("rana-neighbour"), "Nei.",
            List.of(), Optional.empty(), NOW, UUID.randomUUID()));
        var visible = IdeaLifecycleTest.published();
        assertThrows(AppealRefusedException.class, () -> IdeaAppeal.lodge(visible, authorOf(visible), "Kvifor?",
            List.of(), Optional.empty(), NOW, UUID.randomUUID()));
        assertEquals("text", assertThrows(InvalidIdeaException.class, () -> IdeaAppeal.lodge(idea, authorOf(idea),
            "x".repeat(2001), List.of(), Optional.empty(), NOW, UUID.randomUUID())).field());
    }

    @Test
    void theModeratorWhoHidTheIdeaMayNotDecideTheAppeal() {
        var idea = hidden();
        var appeal = appealed(idea, List.of());

        assertThrows(SameModeratorException.class, () -> appeal.decide(idea, HIDER, true, "Greitt.", NOW,
            UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void anUpheldAppealRestoresAHiddenIdea() {
        var idea = hidden();

        var decided = appealed(idea, List.of()).decide(idea, OTHER_MODERATOR, true, "Ingen regelbrot.", NOW,
            UUID.randomUUID(), UUID.randomUUID());

        assertTrue(decided.appeal().isDecided());
        assertEquals("APPEAL_UPHELD", decided.domainEvent().moderation());
        var reversal = decided.reversal().orElseThrow();
        assertFalse(reversal.idea().isHidden());
        assertInstanceOf(IdeaEvent.IdeaRestored.class, reversal.domainEvent());
    }

    @Test
    void anUpheldAppealPublishesARejectedIdea() {
        var rejected = IdeaLifecycleTest.submitted().reject(HIDER, "Reklame.", NOW, UUID.randomUUID()).idea();
        var timeline = List.of(new Timelines.Step(IdeaStatus.REJECTED, null, HIDER.id(), "Reklame.", NOW));

        var decided = appealed(rejected, timeline).decide(rejected, OTHER_MODERATOR, true, "Ikkje reklame.", NOW,
            UUID.randomUUID(), UUID.randomUUID());

        var published = decided.reversal().orElseThrow().idea();
        assertEquals(IdeaStatus.PUBLISHED, published.status());
        assertTrue(published.isPublic());
    }

    @Test
    void aDismissedAppealLeavesTheDecisionAndCannotBeDecidedAgain() {
        var idea = hidden();

        var decided = appealed(idea, List.of()).decide(idea, OTHER_MODERATOR, false, "Hidinga står.", NOW,
            UUID.randomUUID(), UUID.randomUUID());

        assertTrue(decided.reversal().isEmpty());
        assertEquals("APPEAL_DISMISSED", decided.domainEvent().moderation());
        assertThrows(AppealRefusedException.class, () -> decided.appeal().decide(idea, OTHER_MODERATOR, true, "Likevel.",
            NOW, UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void anAppealIsDecidedWithAReasonOfAtMostTwoThousandCharacters() {
        var idea = hidden();
        var appeal = appealed(idea, List.of());

        var blank = assertThrows(InvalidIdeaException.class, () -> appeal.decide(idea, OTHER_MODERATOR, true, " ", NOW,
            UUID.randomUUID(), UUID.randomUUID()));
        assertEquals("reason", blank.field());
        var tooLong = assertThrows(InvalidIdeaException.class, () -> appeal.decide(idea, OTHER_MODERATOR, true,
            "x".repeat(Idea.REASON_MAX + 1), NOW, UUID.randomUUID(), UUID.randomUUID()));
        assertEquals("reason", tooLong.field());
        assertEquals("Hidinga var feil.", appeal.decide(idea, OTHER_MODERATOR, true, " Hidinga var feil. ", NOW,
            UUID.randomUUID(), UUID.randomUUID()).appeal().decision().reason());
    }
}
