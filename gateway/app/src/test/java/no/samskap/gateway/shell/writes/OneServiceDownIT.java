package no.samskap.gateway.shell.writes;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.testmodule.ExtraStaffParts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the proposals service down, an idea write answers 503 problem+json within a second, while the idea board and
 * another module, whose own service is up, keep answering: one service down takes only its own writes with it.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneServiceDownIT {

    private static final Person RESIDENT = Person.ranaResident();

    private StandInProposals proposals;
    private StandInProposals extraService;
    private GatewayUnderTest gateway;
    private String accessToken;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        extraService = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            ExtraModule.SWITCH, "on",
            ExtraStaffParts.SERVICE_URL, extraService.url()));
        extraService.answer("POST", "/things", Answer.json(201, "{\"id\":\"lydstudio\"}")
            .withHeader("Location", "/things/lydstudio"));
        accessToken = gateway.identityProvider().accessToken(RESIDENT, Duration.ofMinutes(5));
        proposals.stop();
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
        extraService.close();
    }

    @Test
    void anIdeaWriteAnswersServiceUnavailableWithinASecond() {
        var response = assertTimeout(Duration.ofSeconds(1),
            () -> write("/api/ideas", "{\"title\":\"Sommerkino\",\"body\":\"Film ute.\",\"serviceArea\":\"kino\"}"));

        assertAll(
            () -> assertEquals(503, response.statusCode()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
            () -> assertTrue(response.body().contains("The proposals service is not answering; nothing was saved."),
                response.body()));
    }

    @Test
    void theIdeaBoardKeepsAnsweringFromItsReadModel() {
        assertEquals(200, gateway.get("/api/ideas?municipality=1833").statusCode());
    }

    @Test
    void anotherModulesReadsAndWritesKeepAnswering() {
        var written = write("/api/extra/things", "{\"name\":\"Lydstudio\"}");

        assertAll(
            () -> assertEquals(201, written.statusCode(), written.body()),
            () -> assertEquals("/api/things/lydstudio", written.headers().firstValue("Location").orElse(null)),
            () -> assertEquals("Bearer " + accessToken, extraService.lastCallTo("/things").authorization()),
            () -> assertEquals(200, gateway.get("/api/extra/things").statusCode()));
    }

    private HttpResponse<String> write(String path, String json) {
        return gateway.send(gateway.request(path)
            .header("Content-Type", "application/json")
            .header("Cookie", "samskap_id=" + gateway.identityProvider().idToken(RESIDENT, Duration.ofMinutes(5))
                + "; samskap_access=" + accessToken)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
