package no.samskap.gateway.security;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.fuzz.ApiFuzzer;
import no.samskap.testkit.fuzz.Callers;
import no.samskap.testkit.fuzz.OpenApiOperations;
import no.samskap.testkit.fuzz.SchemaChecksum;
import no.samskap.testkit.fuzz.ServiceFuzzing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fuzzes the gateway's JSON API from its own OpenAPI document. Every service behind it is a stand-in that refuses
 * what it is sent as a service would, so what is tested is the gateway's own reading, checking and relaying.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayFuzzIT {

    private static final Person STAFF = new Person("rana-staff", "Kari Nordmann", "1833",
        List.of("staff", "default-roles-samskap"));

    private StandInProposals services;
    private GatewayUnderTest gateway;
    private TestInfrastructure infrastructure;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        services = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", services.url(), "samskap-gateway.organisations-url", services.url(),
            "samskap-gateway.events-url", services.url(), "samskap-gateway.feedback-url", services.url()));
    }

    @AfterAll
    void stop() {
        gateway.close();
        services.close();
    }

    @Test
    @DisplayName("Thousands of hostile requests to every JSON route of the gateway get no 5xx, only problem+json"
        + " refusals, and change nothing in its read models")
    void hostileRequestsAreRefusedCleanly() throws Exception {
        var operations = OpenApiOperations.of(ServiceFuzzing.document(gateway.uri("/openapi/samskap-1.yml")), Set.of())
            .stream().filter(operation -> operation.path().startsWith("/api/") && !operation.path().contains("stream"))
            .toList();
        var provider = gateway.identityProvider();
        var forged = "samskap_id=" + provider.forgedIdToken(Person.ranaResident()) + "; samskap_access=" + "x".repeat(40);
        var expired = signedIn(Person.ranaResident(), Duration.ofSeconds(-60));
        var callers = Callers.withHeaders(
            List.of(Map.of("Cookie", signedIn(Person.ranaResident(), Duration.ofMinutes(5))),
                Map.of("Cookie", signedIn(STAFF, Duration.ofMinutes(5)))),
            List.of(Map.of(), Map.of("Cookie", forged), Map.of("Cookie", expired), Map.of("Cookie", "samskap_access=garbage"),
                Map.of("Cookie", "samskap_id=" + "a".repeat(9000)), Map.of("Authorization", "Bearer garbage"),
                Map.of("Cookie", "samskap_id=\u00e6\u00f8\u00e5; samskap_access=")));
        var known = Map.of("municipality", List.of("1833"), "id", List.of(UUID.randomUUID().toString()));

        try (var checksum = SchemaChecksum.of(infrastructure.connect(gateway.schema()), ServiceFuzzing.TECHNICAL_TABLES)) {
            var findings = ApiFuzzer.against(gateway.uri("/"), operations, callers).knowing(known).watching(checksum).run();

            findings.assertNoFaults();
        }
    }

    private String signedIn(Person person, Duration lifetime) {
        var provider = gateway.identityProvider();
        return "samskap_id=" + provider.idToken(person, lifetime) + "; samskap_access=" + provider.accessToken(person, lifetime);
    }
}
