package no.samskap.events.fuzz;

import no.samskap.events.EventFixtures;
import no.samskap.events.EventsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import no.samskap.testkit.fuzz.Callers;
import no.samskap.testkit.fuzz.ServiceFuzzing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static no.samskap.events.EventFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(EventsApplication.class)
class EventsFuzzIT {

    @Test
    @DisplayName("Thousands of hostile requests to every route of the events service get no 5xx, only problem+json"
        + " refusals, and refused ones change nothing stored")
    void hostileRequestsAreRefusedCleanly(ApplicationUnderTest events, TestInfrastructure infrastructure) throws Exception {
        ServiceFuzzing.warmUp(events, "events", TestTokens.shared().resident("fuzz-warm-up", RANA));
        try (var fixtures = new EventFixtures(events, infrastructure)) {
            var tokens = TestTokens.shared();
            var event = fixtures.published(40);
            var association = fixtures.verifiedAssociation("fuzz-association-admin", RANA);
            var callers = Callers.of(RANA, fixtures.staffToken(), tokens.admin("fuzz-admin", RANA),
                tokens.resident("fuzz-association-admin", RANA), tokens.resident("fuzz-resident", RANA));
            var known = Map.of("municipality", List.of(RANA), "id", List.of(event), "associationId", List.of(association),
                "personId", List.of("fuzz-resident"));

            var findings = ServiceFuzzing.fuzz(events, "events", callers, known);

            findings.assertNoFaults();
            assertTrue(findings.acceptedWithValidToken() > 0, "no valid request got through: " + findings.summary());
        }
    }
}
