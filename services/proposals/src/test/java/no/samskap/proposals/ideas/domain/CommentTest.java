package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-28T10:00:00Z");
    private static final Actor RESIDENT = new Actor("rana-resident");
    private static final Actor NEIGHBOUR = new Actor("rana-neighbour");
    private static final Actor STAFF = new Actor("rana-staff");

    private static Comment topLevel(Idea idea) {
        return Comment.write(CommentId.random(), idea, RESIDENT, false, "Gjerne på laurdagar!", WRITTEN,
            UUID.randomUUID()).comment();
    }

    private static Comment topLevel() {
        return topLevel(IdeaLifecycleTest.published());
    }

    @Test
    void aCommentIsAddedToAPublishedIdeaWithItsWordsTrimmed() {
        var idea = IdeaLifecycleTest.published();

        var change = Comment.write(CommentId.random(), idea, RESIDENT, false, "  Eg blir med! 🎻  ", WRITTEN,
            UUID.randomUUID());

        assertEquals("Eg blir med! 🎻", change.comment().body());
        assertEquals(idea.id(), change.comment().ideaId());
        assertNull(change.comment().parentId());
        var added = assertInstanceOf(CommentEvent.CommentAdded.class, change.domainEvent());
        assertEquals("Eg blir med! 🎻", added.body());
        assertEquals(idea.municipality(), added.municipality());
    }

    @Test
    void aTopLevelCommentCanBeAnsweredOnTheSameIdea() {
        var idea = IdeaLifecycleTest.published();
        var first = topLevel(idea);

        var answer = first.answer(CommentId.random(), idea, STAFF, true, "Vi ser på det.", WRITTEN, UUID.randomUUID());

        assertEquals(first.id(), answer.comment().parentId());
        assertTrue(answer.comment().official());
        assertEquals(first.id(), ((CommentEvent.CommentAdded) answer.domainEvent()).parentId());
    }

    @Test
    void anAnswerCannotBeAnsweredThreadsAreOneLevelDeep() {
        var idea = IdeaLifecycleTest.published();
        var answer = topLevel(idea).answer(CommentId.random(), idea, NEIGHBOUR, false, "Einig.", WRITTEN, UUID.randomUUID())
            .comment();

        var refusal = assertThrows(InvalidIdeaException.class,
            () -> answer.answer(CommentId.random(), idea, RESIDENT, false, "Takk!", WRITTEN, UUID.randomUUID()));

        assertEquals("parentId", refusal.field());
    }

    @Test
    void aCommentOnAnotherIdeaCannotBeAnswered() {
        var elsewhere = topLevel();

        var refusal = assertThrows(InvalidIdeaException.class, () -> elsewhere.answer(CommentId.random(),
            IdeaLifecycleTest.published(), RESIDENT, false, "Her?", WRITTEN, UUID.randomUUID()));

        assertEquals("parentId", refusal.field());
    }

    @Test
    void theBodyIsOneToTwoThousandCharactersCountedAsPeopleCountThem() {
        var idea = IdeaLifecycleTest.published();
        var longest = "😀".repeat(Comment.BODY_MAX);

        assertEquals(longest, Comment.write(CommentId.random(), idea, RESIDENT, false, longest, WRITTEN, UUID.randomUUID())
            .comment().body());
        assertEquals("body", assertThrows(InvalidIdeaException.class, () -> Comment.write(CommentId.random(), idea,
            RESIDENT, false, longest + "😀", WRITTEN, UUID.randomUUID())).field());
        assertEquals("body", assertThrows(InvalidIdeaException.class, () -> Comment.write(CommentId.random(), idea,
            RESIDENT, false, " \n ", WRITTEN, UUID.randomUUID())).field());
    }

    @Test
    void onlyPublishedIdeasThatAreNotWithdrawnAreOpenForComments() {
        var published = IdeaLifecycleTest.published();
        var answered = published.answer(STAFF, IdeaStatus.NOT_POSSIBLE, "Nei.", WRITTEN, UUID.randomUUID()).idea();
        var withdrawn = published.withdraw(new Actor(published.authorId()), WRITTEN, UUID.randomUUID()).idea();

        topLevel(answered);
        assertThrows(CommentRefusedException.class, () -> topLevel(withdrawn));
        assertThrows(CommentRefusedException.class, () -> topLevel(IdeaLifecycleTest.submitted()));
    }

    @Test
    void theAuthorMayEditUntilFifteenMinutesAfterWriting() {
        var comment = topLevel();

        var edited = comment.edit(RESIDENT, "Gjerne på søndagar!", WRITTEN.plus(Duration.ofMinutes(15)), UUID.randomUUID());

        assertEquals("Gjerne på søndagar!", edited.comment().body());
        assertEquals(WRITTEN.plus(Duration.ofMinutes(15)), edited.comment().editedAt());
        assertEquals(WRITTEN, edited.comment().writtenAt());
        assertInstanceOf(CommentEvent.CommentEdited.class, edited.domainEvent());
        assertEquals(Duration.ofMinutes(15), Comment.EDIT_WINDOW);
    }

    @Test
    void anEditIsHeldToTheSameLengthsAsTheComment() {
        var comment = topLevel();
        var inTime = WRITTEN.plus(Duration.ofMinutes(1));

        var blank = assertThrows(InvalidIdeaException.class, () -> comment.edit(RESIDENT, " ", inTime, UUID.randomUUID()));
        assertEquals("body", blank.field());
        var tooLong = assertThrows(InvalidIdeaException.class,
            () -> comment.edit(RESIDENT, "x".repeat(Comment.BODY_MAX + 1), inTime, UUID.randomUUID()));
        assertEquals("body", tooLong.field());
    }

    @Test
    void anEditAMomentAfterTheWindowIsRefused() {
        var comment = topLevel();
        var tooLate = WRITTEN.plus(Comment.EDIT_WINDOW).plusMillis(1);

        assertThrows(CommentRefusedException.class, () -> comment.edit(RESIDENT, "For seint", tooLate, UUID.randomUUID()));
        assertTrue(comment.isEditableBy(RESIDENT.id(), WRITTEN.plus(Comment.EDIT_WINDOW)));
        assertFalse(comment.isEditableBy(RESIDENT.id(), tooLate));
    }

    @Test
    void nobodyButTheAuthorMayEditEvenWithinTheWindow() {
        var comment = topLevel();

        assertThrows(NotTheAuthorException.class, () -> comment.edit(STAFF, "Retta", WRITTEN.plusSeconds(1),
            UUID.randomUUID()));
        assertFalse(comment.isEditableBy(STAFF.id(), WRITTEN.plusSeconds(1)));
    }

    @Test
    void reportsBelowTheThresholdChangeNothingAndTheThresholdHidesPendingReview() {
        var comment = topLevel();

        assertTrue(comment.hideAfterReports(2, 3, WRITTEN, UUID.randomUUID()).isEmpty());
        var hidden = comment.hideAfterReports(3, 3, WRITTEN, UUID.randomUUID()).orElseThrow();

        assertTrue(hidden.comment().isHidden());
        assertEquals(Actor.PLATFORM, hidden.comment().hiding().hiddenBy());
        var event = assertInstanceOf(CommentEvent.CommentHidden.class, hidden.domainEvent());
        assertEquals(Actor.PLATFORM, event.actor());
        assertTrue(hidden.comment().hideAfterReports(4, 3, WRITTEN, UUID.randomUUID()).isEmpty());
    }

    @Test
    void aReportNeedsAReasonAndCannotComeFromTheAuthor() {
        var comment = topLevel();

        assertEquals("Personangrep.", comment.report(NEIGHBOUR.id(), " Personangrep. ", WRITTEN).reason());
        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> comment.report(NEIGHBOUR.id(), "x".repeat(Comment.REASON_MAX + 1), WRITTEN)).field());
        assertThrows(CommentRefusedException.class, () -> comment.report(RESIDENT.id(), "Angrar", WRITTEN));
    }

    @Test
    void staffHideWithAReasonAndRestoreOnlyWhatIsHidden() {
        var comment = topLevel();

        assertThrows(CommentRefusedException.class, () -> comment.restore(STAFF, "Ok.", WRITTEN, UUID.randomUUID()));
        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> comment.hide(STAFF, "", WRITTEN, UUID.randomUUID())).field());
        var hidden = comment.hide(STAFF, "Namngir ein elev.", WRITTEN, UUID.randomUUID()).comment();
        assertEquals("Namngir ein elev.", hidden.hiding().reason());
        assertThrows(CommentRefusedException.class, () -> hidden.hide(STAFF, "Igjen", WRITTEN, UUID.randomUUID()));
        assertThrows(CommentRefusedException.class, () -> hidden.edit(RESIDENT, "Retta", WRITTEN, UUID.randomUUID()));

        var restored = hidden.restore(STAFF, " Eleven er ikkje namngitt. ", WRITTEN, UUID.randomUUID());
        assertFalse(restored.comment().isHidden());
        assertEquals("Eleven er ikkje namngitt.",
            assertInstanceOf(CommentEvent.CommentRestored.class, restored.domainEvent()).reason());
    }

    @Test
    void aRestoringTakesAReasonAsLongAsAHidingMayBe() {
        var hidden = topLevel().hide(STAFF, "Namngir ein elev.", WRITTEN, UUID.randomUUID()).comment();

        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> hidden.restore(STAFF, " ", WRITTEN, UUID.randomUUID())).field());
        assertEquals("reason", assertThrows(InvalidIdeaException.class,
            () -> hidden.restore(STAFF, "x".repeat(Comment.REASON_MAX + 1), WRITTEN, UUID.randomUUID())).field());
    }
}
