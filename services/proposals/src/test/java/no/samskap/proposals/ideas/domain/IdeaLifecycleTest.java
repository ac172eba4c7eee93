package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final Actor MODERATOR = new Actor("rana-staff");
    private static final Actor AUTHOR = new Actor("rana-resident");

    static Idea submitted() {
        return Idea.submit(IdeaId.random(), new Municipality("1833"), AUTHOR.id(), "Konserter i biblioteket",
            "Små konserter på lørdager.",
            Classification.of(MunicipalitySettings.defaultsFor(new Municipality("1833")), "bibliotek", null, null, null,
                null), NOW, UUID.randomUUID()).idea();
    }

    static Idea published() {
        return submitted().publish(MODERATOR, NOW, UUID.randomUUID()).idea();
    }

    @Test
    void aSubmittedIdeaIsNotPublicUntilAModeratorPublishesIt() {
        var idea = submitted();
        assertFalse(idea.isPublic());

        var change = idea.publish(MODERATOR, NOW, UUID.randomUUID());

        assertTrue(change.idea().isPublic());
        assertEquals(IdeaStatus.PUBLISHED, change.idea().status());
        assertInstanceOf(IdeaEvent.IdeaPublished.class, change.domainEvent());
        assertEquals(MODERATOR, change.domainEvent().actor());
    }

    @Test
    void aRejectionCarriesTheReasonTheAuthorSees() {
        var change = submitted().reject(MODERATOR, "  Navngir en elev.  ", NOW, UUID.randomUUID());

        assertEquals(IdeaStatus.REJECTED, change.idea().status());
        assertEquals("Navngir en elev.", change.domainEvent().note());
        assertFalse(change.idea().isPublic());
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        var refusal = assertThrows(InvalidIdeaException.class, () -> submitted().reject(MODERATOR, " ", NOW, UUID.randomUUID()));
        assertEquals("reason", refusal.field());
    }

    @Test
    void anAssessmentCommitsToAResponseDateNotInThePast() {
        var idea = published();

        var refusal = assertThrows(InvalidIdeaException.class,
            () -> idea.startAssessment(MODERATOR, TODAY.minusDays(1), TODAY, NOW, UUID.randomUUID()));
        assertEquals("respondBy", refusal.field());

        var assessed = idea.startAssessment(MODERATOR, TODAY.plusDays(30), TODAY, NOW, UUID.randomUUID()).idea();
        assertEquals(IdeaStatus.UNDER_ASSESSMENT, assessed.status());
        assertFalse(assessed.isOverdue(TODAY.plusDays(30)));
        assertTrue(assessed.isOverdue(TODAY.plusDays(31)));
    }

    @Test
    void anAssessmentWithoutAResponseDateIsRefused() {
        var refusal = assertThrows(InvalidIdeaException.class,
            () -> published().startAssessment(MODERATOR, null, TODAY, NOW, UUID.randomUUID()));
        assertEquals("respondBy", refusal.field());
    }

    @Test
    void anAnsweredIdeaIsNoLongerOverdueEvenPastItsResponseDate() {
        var assessed = published().startAssessment(MODERATOR, TODAY, TODAY, NOW, UUID.randomUUID()).idea();
        var answered = assessed.answer(MODERATOR, IdeaStatus.NOT_POSSIBLE, "Ikke i år.", NOW, UUID.randomUUID()).idea();

        assertTrue(assessed.isOverdue(TODAY.plusDays(1)));
        assertFalse(answered.isOverdue(TODAY.plusDays(1)));
    }

    @Test
    void anIdeaPastItsResponseDateIsOverdueUntilStaffMoveTheDateAndOnlyByTheNewOne() {
        var assessed = published().startAssessment(MODERATOR, TODAY, TODAY, NOW, UUID.randomUUID()).idea();
        var later = TODAY.plusDays(3);

        var moved = assessed.changeResponseDate(MODERATOR, TODAY.plusDays(10), "Vi venter på budsjettet.", later, NOW,
            UUID.randomUUID()).idea();

        assertTrue(assessed.isOverdue(later));
        assertFalse(moved.isOverdue(later));
        assertTrue(moved.isOverdue(TODAY.plusDays(11)));
        assertEquals(IdeaStatus.UNDER_ASSESSMENT, moved.status());
    }

    @Test
    void anAnswerNeedsAnOutcomeAndWords() {
        var idea = published();

        assertEquals("outcome", assertThrows(InvalidIdeaException.class,
            () -> idea.answer(MODERATOR, IdeaStatus.PUBLISHED, "Ja", NOW, UUID.randomUUID())).field());
        assertEquals("answer", assertThrows(InvalidIdeaException.class,
            () -> idea.answer(MODERATOR, IdeaStatus.ACCEPTED, "", NOW, UUID.randomUUID())).field());

        var answered = idea.answer(MODERATOR, IdeaStatus.NOT_POSSIBLE, "Lokalet er for lite.", NOW, UUID.randomUUID()).idea();
        assertEquals(IdeaStatus.NOT_POSSIBLE, answered.status());
        assertEquals("Lokalet er for lite.", answered.answer());
    }

    @Test
    void onlyAnAcceptedIdeaCanBeRealised() {
        var accepted = published().answer(MODERATOR, IdeaStatus.ACCEPTED, "Ja!", NOW, UUID.randomUUID()).idea();

        assertEquals(IdeaStatus.REALISED, accepted.realise(MODERATOR, "kulturhuset-2027-02-14", NOW, UUID.randomUUID())
            .idea().status());
        assertThrows(InvalidTransitionException.class, () -> published().realise(MODERATOR, "x", NOW, UUID.randomUUID()));
    }

    @Test
    void aRealisationIsLinkedToTheEventThatRealisesItAndRefusedWithoutOne() {
        var accepted = published().answer(MODERATOR, IdeaStatus.ACCEPTED, "Ja!", NOW, UUID.randomUUID()).idea();

        var refusal = assertThrows(InvalidIdeaException.class, () -> accepted.realise(MODERATOR, " ", NOW, UUID.randomUUID()));
        assertEquals("culturalEventId", refusal.field());
        var realised = accepted.realise(MODERATOR, " kulturhuset-2027-02-14 ", NOW, UUID.randomUUID());
        assertEquals("kulturhuset-2027-02-14", ((IdeaEvent.IdeaRealised) realised.domainEvent()).culturalEventId());
    }

    @Test
    void anAcceptedIdeaRealisedByAnEventNamesTheEventAndNoOtherIdeaIs() {
        var accepted = published().answer(MODERATOR, IdeaStatus.ACCEPTED, "Ja!", NOW, UUID.randomUUID()).idea();
        var event = UUID.randomUUID();

        var realised = accepted.realiseByEvent(MODERATOR, event, NOW, UUID.randomUUID());

        assertEquals(IdeaStatus.REALISED, realised.idea().status());
        assertEquals(event, ((IdeaEvent.IdeaRealised) realised.domainEvent()).realisingEventId());
        assertEquals(event.toString(), ((IdeaEvent.IdeaRealised) realised.domainEvent()).culturalEventId());
        assertThrows(InvalidTransitionException.class, () -> published().realiseByEvent(MODERATOR, event, NOW,
            UUID.randomUUID()));
        assertThrows(InvalidTransitionException.class, () -> realised.idea().realiseByEvent(MODERATOR, event, NOW,
            UUID.randomUUID()));
    }

    @Test
    void onlyTheAuthorMayWithdrawAndOnlyBeforeTheAnswer() {
        var idea = published();

        assertThrows(NotTheAuthorException.class, () -> idea.withdraw(new Actor("someone-else"), NOW, UUID.randomUUID()));
        assertEquals(IdeaStatus.WITHDRAWN, idea.withdraw(AUTHOR, NOW, UUID.randomUUID()).idea().status());
        var answered = idea.answer(MODERATOR, IdeaStatus.ALREADY_EXISTS, "Finnes alt.", NOW, UUID.randomUUID()).idea();
        assertThrows(InvalidTransitionException.class, () -> answered.withdraw(AUTHOR, NOW, UUID.randomUUID()));
    }

    @ParameterizedTest
    @EnumSource(value = IdeaStatus.class, names = {"REJECTED", "NOT_POSSIBLE", "ALREADY_EXISTS", "REALISED", "WITHDRAWN"})
    void aFinalStatusLeadsNowhere(IdeaStatus status) {
        assertTrue(status.next().isEmpty());
    }

    @Test
    void eachStatusMovesOnlyAlongTheLifecycleAndEveryOtherJumpIsRefused() {
        var lifecycle = Map.of(
            "submitted", "published rejected withdrawn",
            "published", "under-assessment accepted not-possible already-exists withdrawn",
            "under-assessment", "accepted not-possible already-exists withdrawn",
            "accepted", "realised",
            "rejected", "", "not-possible", "", "already-exists", "", "realised", "", "withdrawn", "");

        for (var status : IdeaStatus.values()) {
            var allowed = Arrays.stream(lifecycle.get(status.code()).split(" ")).filter(code -> !code.isEmpty())
                .map(IdeaStatus::fromCode).collect(Collectors.toSet());
            assertEquals(allowed, status.next(), "where " + status.code() + " may go");
        }
    }

    @Test
    void aSubmittedIdeaCannotBeAnsweredBeforeItIsPublished() {
        var refusal = assertThrows(InvalidTransitionException.class,
            () -> submitted().answer(MODERATOR, IdeaStatus.ACCEPTED, "Ja", NOW, UUID.randomUUID()));
        assertEquals(IdeaStatus.SUBMITTED, refusal.from());
        assertTrue(refusal.getMessage().contains("cannot become accepted"));
    }

    @Test
    void authorsCannotSupportTheirOwnIdeaAndNobodySupportsAnAnsweredOne() {
        var idea = published();

        assertThrows(SupportRefusedException.class, () -> idea.checkSupportableBy(AUTHOR.id()));
        idea.checkSupportableBy("rana-resident-2");
        var answered = idea.answer(MODERATOR, IdeaStatus.ACCEPTED, "Ja", NOW, UUID.randomUUID()).idea();
        assertThrows(SupportRefusedException.class, () -> answered.checkSupportableBy("rana-resident-2"));
        assertThrows(SupportRefusedException.class, () -> submitted().checkSupportableBy("rana-resident-2"));
    }

    @Test
    void aNewIdeaHasNoAnswerAndNoResponseDate() {
        var idea = submitted();
        assertNull(idea.answer());
        assertNull(idea.respondBy());
    }
}
