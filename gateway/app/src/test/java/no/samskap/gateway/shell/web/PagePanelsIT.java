package no.samskap.gateway.shell.web;

import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.gateway.shell.WithAndWithoutTheExtraModule;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module adds a panel to another module's page by declaring a {@link PagePanel} bean, and takes it away with it. */
class PagePanelsIT extends WithAndWithoutTheExtraModule {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final String idea = UUID.randomUUID().toString();

    @BeforeAll
    void publishAnIdea(TestInfrastructure infrastructure) {
        try (var messages = new MessagesOnKafka(infrastructure)) {
            messages.send(ProposalsMessages.IDEA_SUBMITTED, UUID.randomUUID(), AT, "1833", idea,
                new IdeaSubmitted(idea, "resident", "Lysløype på Mo", "Tekst", "annet", AT));
            messages.send(ProposalsMessages.IDEA_PUBLISHED, UUID.randomUUID(), AT, "1833", idea,
                new IdeaPublished(idea, "samskap", AT));
        }
        eventually(() -> assertEquals(200, withTheModule().get("/ideer/" + idea).statusCode()));
        eventually(() -> assertEquals(200, withoutTheModule().get("/ideer/" + idea).statusCode()));
    }

    @Test
    void aModulesPanelShowsBelowTheIdeaForTheIdeaItIsAbout() {
        var visitor = withTheModule().get("/ideer/" + idea).body();
        var signedIn = get(withTheModule(), resident(), "/ideer/" + idea).body();
        var english = withTheModule().get("/ideer/" + idea + "?lang=en").body();

        assertAll(
            () -> assertTrue(visitor.contains("<h2 id=\"extra-panel-heading\">Ekstra om ideen</h2>"), visitor),
            () -> assertTrue(visitor.contains("Ekstra om " + idea + " for en besøkende."), visitor),
            () -> assertTrue(visitor.indexOf("id=\"timeline\"") < visitor.indexOf("id=\"extra-panel\""),
                "below the idea and its timeline"),
            () -> assertTrue(signedIn.contains("Ekstra om " + idea + " for en innlogget."), signedIn),
            () -> assertTrue(english.contains("Extra about " + idea + " for a visitor."), english));
    }

    @Test
    void withoutTheModuleItsPanelIsGoneAndTheIdeaStays() {
        var page = withoutTheModule().get("/ideer/" + idea, Map.of("Accept", "text/html")).body();

        assertAll(
            () -> assertFalse(page.contains("extra-panel"), page),
            () -> assertTrue(page.contains("<h1 dir=\"auto\">Lysløype på Mo</h1>"), page));
    }
}
