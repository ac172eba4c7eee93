package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentAppealTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final Actor AUTHOR = new Actor("rana-resident");
    private static final Actor HIDER = new Actor("rana-staff");
    private static final Actor OTHER = new Actor("rana-moderator");

    private static Comment hidden() {
        var comment = Comment.write(CommentId.random(), IdeaLifecycleTest.published(), AUTHOR, false, "Tull og tøys.",
            NOW.minusSeconds(3600), UUID.randomUUID()).comment();
        return comment.hide(HIDER, "Personangrep.", NOW.minusSeconds(60), UUID.randomUUID()).comment();
    }

    private static CommentAppeal appealed(Comment comment) {
        return CommentAppeal.lodge(comment, AUTHOR, "Det var ikkje eit angrep.", Optional.empty(), NOW,
            UUID.randomUUID()).appeal();
    }

    @Test
    void theAuthorAppealsAHiddenCommentAgainstTheModeratorWhoHidIt() {
        var comment = hidden();

        var lodged = CommentAppeal.lodge(comment, AUTHOR, "  Det var ikkje eit angrep.  ", Optional.empty(), NOW,
            UUID.randomUUID());

        assertEquals("Det var ikkje eit angrep.", lodged.appeal().text());
        assertEquals(HIDER.id(), lodged.appeal().contestedDecisionBy());
        assertEquals(comment.id(), lodged.domainEvent().commentId());
        assertFalse(lodged.appeal().isDecided());
    }

    @Test
    void onlyTheAuthorAppealsOnlyAHiddenCommentAndOnlyOnce() {
        var comment = hidden();
        var shown = Comment.write(CommentId.random(), IdeaLifecycleTest.published(), AUTHOR, false, "Hei.", NOW,
            UUID.randomUUID()).comment();

        assertThrows(NotTheAuthorException.class, () -> CommentAppeal.lodge(comment, OTHER, "Eg klagar.",
            Optional.empty(), NOW, UUID.randomUUID()));
        assertThrows(AppealRefusedException.class, () -> CommentAppeal.lodge(shown, AUTHOR, "Eg klagar.",
            Optional.empty(), NOW, UUID.randomUUID()));
        assertThrows(AppealRefusedException.class, () -> CommentAppeal.lodge(comment, AUTHOR, "Eg klagar.",
            Optional.of(appealed(comment)), NOW, UUID.randomUUID()));
        assertThrows(InvalidIdeaException.class, () -> CommentAppeal.lodge(comment, AUTHOR, "x".repeat(2001),
            Optional.empty(), NOW, UUID.randomUUID()));
    }

    @Test
    void theModeratorWhoHidTheCommentMayNotDecideTheAppeal() {
        var comment = hidden();

        assertThrows(SameModeratorException.class, () -> appealed(comment).decide(comment, HIDER, true, "Eg tok feil.",
            NOW, UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void anUpheldAppealRestoresTheCommentWithTheDecisionsReason() {
        var comment = hidden();

        var decided = appealed(comment).decide(comment, OTHER, true, "Ingen regelbrot.", NOW, UUID.randomUUID(),
            UUID.randomUUID());

        assertTrue(decided.appeal().decision().upheld());
        var restored = assertInstanceOf(CommentEvent.CommentRestored.class, decided.reversal().orElseThrow().domainEvent());
        assertEquals("Ingen regelbrot.", restored.reason());
        assertFalse(decided.reversal().orElseThrow().comment().isHidden());
    }

    @Test
    void aDismissedAppealLeavesTheCommentHiddenAndCannotBeDecidedAgain() {
        var comment = hidden();

        var decided = appealed(comment).decide(comment, OTHER, false, "Hidinga står.", NOW, UUID.randomUUID(),
            UUID.randomUUID());

        assertTrue(decided.reversal().isEmpty());
        assertFalse(decided.domainEvent().upheld());
        assertThrows(AppealRefusedException.class, () -> decided.appeal().decide(comment, OTHER, true, "Likevel.", NOW,
            UUID.randomUUID(), UUID.randomUUID()));
        assertThrows(InvalidIdeaException.class, () -> appealed(comment).decide(comment, OTHER, true, "x".repeat(501),
            NOW, UUID.randomUUID(), UUID.randomUUID()), "a comment's restoring reason is at most 500 characters");
    }
}
