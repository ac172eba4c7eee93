package no.samskap.feedback.moderation.domain;

import no.samskap.feedback.feedback.domain.FeedbackId;
import no.samskap.feedback.feedback.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackToModerateTest {

    private static final Instant NOW = Instant.parse("2027-03-10T08:00:00Z");
    private static final FeedbackToModerate PUBLIC = new FeedbackToModerate(FeedbackId.random(), "1833", "author",
        "Bibliotek", null);

    @Test
    void feedbackIsHiddenPendingReviewOnlyWhenItsOpenReportsReachTheThreshold() {
        assertTrue(PUBLIC.hideAfterReports(2, 3, NOW).isEmpty());

        var hidden = PUBLIC.hideAfterReports(3, 3, NOW).orElseThrow();

        assertTrue(hidden.hiding().pendingReview());
        assertEquals(Hiding.MODERATION, hidden.hiding().cause());
    }

    @Test
    void aModeratorTakesOverAHidingPendingReviewButNotAnotherModeratorsHiding() {
        var pending = PUBLIC.hideAfterReports(3, 3, NOW).orElseThrow().feedback();

        var confirmed = pending.hide("moderator-a", "Usaklig.", NOW).feedback();

        assertEquals("moderator-a", confirmed.hiding().hiddenBy());
        var again = assertThrows(Refusal.class, () -> confirmed.hide("moderator-b", "Også usaklig.", NOW));
        assertEquals("hidden-already", again.rule());
    }

    @Test
    void aBlockHidesOnlyPublicFeedbackAndItsLiftingShowsOnlyWhatTheBlockHid() {
        var byBlock = PUBLIC.hideWhileAuthorBlocked("municipality", NOW).orElseThrow().feedback();
        var byModerator = PUBLIC.hide("moderator-a", "Usaklig.", NOW).feedback();

        assertTrue(byModerator.hideWhileAuthorBlocked("municipality", NOW).isEmpty());
        assertFalse(byBlock.showAfterBlock("municipality", NOW).orElseThrow().feedback().isHidden());
        assertTrue(byModerator.showAfterBlock("municipality", NOW).isEmpty());
        assertEquals("author-blocked", assertThrows(Refusal.class,
            () -> byBlock.restore("moderator-a", "Greit.", NOW)).rule());
    }

    @Test
    void theModeratorWhoHidTheFeedbackDoesNotDecideItsAppeal() {
        var hidden = PUBLIC.hide("moderator-a", "Usaklig.", NOW).feedback();
        var appeal = FeedbackAppeal.lodge(hidden, "author", "Det var saklig.", Optional.empty(), NOW);

        assertEquals("same-moderator", assertThrows(Refusal.class,
            () -> appeal.decide(hidden, "moderator-a", true, "Jeg står ved det.", NOW)).rule());
        var decided = appeal.decide(hidden, "moderator-b", true, "Saklig kritikk.", NOW);
        assertFalse(decided.restoring().orElseThrow().feedback().isHidden());
        assertEquals("appealed-already", assertThrows(Refusal.class, () -> FeedbackAppeal.lodge(hidden, "author",
            "Igjen.", Optional.of(decided.appeal()), NOW)).rule());
    }
}
