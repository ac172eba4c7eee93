package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API reads no boolean of a write itself: a mistyped clearPlace, upheld or all goes to the proposals service
 * exactly as it came, never turned into true or false on the way, and the service's refusal naming it comes back
 * unchanged, with nothing awaited in the read model.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MistypedBooleansIT {

    private static final Person RESIDENT = Person.ranaResident();

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private JsonWrites writes;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "1s",
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        writes = new JsonWrites(gateway);
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @ParameterizedTest(name = "{0} {1} with {4}")
    @CsvSource(delimiter = '|', textBlock = """
        PATCH | /api/ideas/{idea}                 | /ideas/{idea}                 | clearPlace | {"clearPlace":"yes"}
        PATCH | /api/ideas/{idea}                 | /ideas/{idea}                 | clearPlace | {"clearPlace":1}
        POST  | /api/ideas/{idea}/appeal/decision | /ideas/{idea}/appeal/decision | upheld     | {"upheld":"maybe"}
        POST  | /api/ideas/{idea}/appeal/decision | /ideas/{idea}/appeal/decision | upheld     | {"upheld":"false"}
        POST  | /api/me/notifications/read        | /me/notifications/read        | all        | {"all":"1"}
        POST  | /api/me/notifications/read        | /me/notifications/read        | all        | {"all":[true]}
        """)
    void passesAMistypedBooleanOnAsItCameAndTheServicesRefusalNamingItBack(String method, String route,
                                                                           String serviceRoute, String field,
                                                                           String body) {
        var idea = UUID.randomUUID().toString();
        var servicePath = serviceRoute.replace("{idea}", idea);
        var problem = "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\","
            + "\"status\":400,\"detail\":\"" + field + ": must be true or false\",\"instance\":\"" + servicePath + "\","
            + "\"errors\":[{\"field\":\"" + field + "\",\"message\":\"must be true or false\"}]}";
        proposals.answer(method, servicePath, Answer.problem(400, problem));

        var response = writes.as(RESIDENT, method, route.replace("{idea}", idea), body);

        assertAll(
            () -> assertEquals(body, proposals.lastCallTo(servicePath).body()),
            () -> assertEquals(400, response.statusCode()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
            () -> assertEquals(problem, response.body()),
            () -> assertTrue(response.headers().firstValue("Samskap-Read-Model").isEmpty()));
    }
}
