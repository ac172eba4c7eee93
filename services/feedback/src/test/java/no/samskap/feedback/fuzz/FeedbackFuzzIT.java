package no.samskap.feedback.fuzz;

import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
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

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(FeedbackApplication.class)
class FeedbackFuzzIT {

    @Test
    @DisplayName("Thousands of hostile requests to every route of the feedback service get no 5xx, only problem+json"
        + " refusals, and refused ones change nothing stored")
    void hostileRequestsAreRefusedCleanly(ApplicationUnderTest feedback, TestInfrastructure infrastructure) throws Exception {
        try (var fixtures = new FeedbackFixtures(feedback, infrastructure)) {
            fixtures.describedMunicipality(RANA);
            var event = fixtures.completedEvent(RANA, "Konsert i kulturhuset", "fuzz-attendee");
            var given = fixtures.give(fixtures.resident("fuzz-attendee", RANA), FeedbackFixtures.onEvent(event, 4));
            var tokens = TestTokens.shared();
            var callers = Callers.of(RANA, fixtures.resident("fuzz-attendee", RANA), fixtures.resident("fuzz-resident", RANA),
                fixtures.staffToken(), tokens.admin("fuzz-admin", RANA));
            var known = Map.of("municipality", List.of(RANA), "id", List.of(given), "eventId", List.of(event),
                "unit", List.of("bibliotek"));

            var findings = ServiceFuzzing.fuzz(feedback, "feedback", callers, known);

            findings.assertNoFaults();
            assertTrue(findings.acceptedWithValidToken() > 0, "no valid request got through: " + findings.summary());
        }
    }
}
