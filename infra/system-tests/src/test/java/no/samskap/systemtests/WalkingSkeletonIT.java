package no.samskap.systemtests;

import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkingSkeletonIT {

    private RunningPlatform platform;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        platform = RunningPlatform.start(infrastructure, Path.of("target/system-test-logs/walking-skeleton"));
    }

    @AfterAll
    void stop() throws Exception {
        platform.close();
    }

    @Test
    void anIdeaSubmittedToTheProposalsServiceAppearsOnTheGatewaysBoard() throws Exception {
        var created = platform.submitIdea("rana-resident-1", "1833", "eSport-rom i det nye kulturhuset");
        assertEquals(201, created.statusCode(), created.body());
        var id = RunningPlatform.idOf(created);

        eventually(() -> {
            var idea = platform.get(platform.gateway.uri("/api/ideas/" + id));
            assertEquals(200, idea.statusCode());
            assertTrue(idea.body().contains("eSport-rom i det nye kulturhuset"), idea.body());
        });
        var board = platform.get(platform.gateway.uri("/api/ideas?municipality=1833"));
        assertTrue(board.body().contains(id), board.body());
        var otherMunicipality = platform.get(platform.gateway.uri("/api/ideas?municipality=4618"));
        assertTrue(!otherMunicipality.body().contains(id), otherMunicipality.body());
    }

    @Test
    void theStaffsAnswerReachesTheIdeasPublicPageWithItsTimeline() throws Exception {
        var created = platform.submitIdea("rana-resident-2", "1833", "Karriereveiledning for unge skapere");
        var id = RunningPlatform.idOf(created);
        var staff = TestTokens.shared().staff("rana-staff", "1833");

        var assessed = platform.post(platform.proposals.uri("/ideas/" + id + "/assessment"), staff,
            "{\"respondBy\":\"" + java.time.LocalDate.now().plusDays(14) + "\"}");
        assertEquals(200, assessed.statusCode(), assessed.body());
        var answered = platform.post(platform.proposals.uri("/ideas/" + id + "/answer"), staff,
            "{\"outcome\":\"accepted\",\"answer\":\"Kulturskolen starter et kurs i januar.\"}");
        assertEquals(200, answered.statusCode(), answered.body());

        eventually(() -> {
            var page = platform.get(platform.gateway.uri("/api/ideas/" + id));
            assertTrue(page.body().contains("\"status\":\"accepted\""), page.body());
            assertTrue(page.body().contains("Kulturskolen starter et kurs i januar."), page.body());
            assertTrue(page.body().contains("under-assessment"), page.body());
        });
    }

    @Test
    void aRefusedSubmissionNeverReachesTheBoard() throws Exception {
        var refused = platform.submitIdea("rana-resident-1", "1833", "Nei");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"field\":\"title\""), refused.body());
    }
}
