package no.samskap.proposals.ideas.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdeaEditTest {

    private static final Instant LATER = Instant.parse("2026-11-29T10:00:00Z");
    private static final Actor AUTHOR = new Actor("rana-resident");
    private static final Actor STAFF = new Actor("rana-staff");

    private static Classification youthInstead(Idea idea) {
        return idea.classification().revisedWith(MunicipalitySettings.defaultsFor(idea.municipality()), null, null,
            List.of("ungdom"), "for-noen", "Moheia");
    }

    @Test
    void theAuthorRewritesTheIdeaAndKeepsItsStatus() {
        var idea = IdeaLifecycleTest.published();

        var change = idea.edit(AUTHOR, "Konserter for unge i biblioteket", null, youthInstead(idea), LATER,
            UUID.randomUUID());

        assertEquals("Konserter for unge i biblioteket", change.idea().title());
        assertEquals(idea.body(), change.idea().body());
        assertEquals(IdeaStatus.PUBLISHED, change.idea().status());
        assertEquals(List.of("ungdom"), change.idea().classification().targetGroupCodes());
        var edited = assertInstanceOf(IdeaEvent.IdeaEdited.class, change.domainEvent());
        assertEquals("EDITED", edited.moderation());
        assertEquals(IdeaStatus.PUBLISHED, edited.status());
        assertEquals("Moheia", edited.classification().place());
    }

    @Test
    void theAuthorMayRemoveThePlaceButNotRemoveAndNameOneAtOnce() {
        var placed = youthInstead(IdeaLifecycleTest.published());

        assertNull(placed.withoutPlace(null).place());
        assertEquals("clearPlace", assertThrows(InvalidIdeaException.class, () -> placed.withoutPlace("Moheia")).field());
    }

    @Test
    void nobodyButTheAuthorMayEditTheIdea() {
        var idea = IdeaLifecycleTest.published();
        assertThrows(NotTheAuthorException.class,
            () -> idea.edit(STAFF, "Konserter for alle", null, idea.classification(), LATER, UUID.randomUUID()));
    }

    @ParameterizedTest
    @EnumSource(value = IdeaStatus.class, names = {"SUBMITTED", "PUBLISHED", "UNDER_ASSESSMENT"})
    void anIdeaCanBeEditedUntilItIsAnswered(IdeaStatus status) {
        var idea = inStatus(status);
        assertEquals(status, idea.edit(AUTHOR, null, "Nye detaljer.", idea.classification(), LATER, UUID.randomUUID())
            .idea().status());
    }

    @ParameterizedTest
    @EnumSource(value = IdeaStatus.class, names = {"ACCEPTED", "NOT_POSSIBLE", "ALREADY_EXISTS", "REALISED",
        "REJECTED", "WITHDRAWN"})
    void anAnsweredOrClosedIdeaCanNoLongerBeEdited(IdeaStatus status) {
        var idea = inStatus(status);
        assertThrows(EditRefusedException.class,
            () -> idea.edit(AUTHOR, null, "Nye detaljer.", idea.classification(), LATER, UUID.randomUUID()));
    }

    @Test
    void anEditIsHeldToTheSameLengthsAsASubmission() {
        var idea = IdeaLifecycleTest.published();
        var refusal = assertThrows(InvalidIdeaException.class,
            () -> idea.edit(AUTHOR, "Kino", null, idea.classification(), LATER, UUID.randomUUID()));
        assertEquals("title", refusal.field());
    }

    private static Idea inStatus(IdeaStatus status) {
        var idea = IdeaLifecycleTest.submitted();
        return new Idea(idea.id(), idea.municipality(), idea.authorId(), idea.title(), idea.body(), idea.classification(),
            status, null, idea.submittedAt(), idea.submittedAt(), null,
            null, null);
    }
}
