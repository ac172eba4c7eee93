package no.samskap.gateway.shell.web;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRoutesIT {

    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/ideas?municipality=1833", "/health", "/assets/samskap.css"})
    void answersAnonymousVisitorsWithoutAskingThemToSignIn(String path) {
        var response = gateway.get(path, Map.of("Accept", "text/html,application/json"));

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void answersAnUnknownIdeaWithNotFoundRatherThanASignInDemand() {
        var response = gateway.get("/api/ideas/" + UUID.randomUUID(), Map.of("Accept", "application/json"));

        assertEquals(404, response.statusCode());
    }

    @Test
    void linksTheHomePageToSignInAndMyPage() {
        var home = gateway.get("/").body();

        assertTrue(home.contains("href=\"/logg-inn\""), home);
        assertTrue(home.contains("href=\"/meg\""), home);
        assertTrue(home.contains("<html lang=\"nb\">"), home);
    }
}
