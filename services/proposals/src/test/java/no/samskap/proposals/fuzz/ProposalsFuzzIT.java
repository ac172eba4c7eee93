package no.samskap.proposals.fuzz;

import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import no.samskap.testkit.fuzz.Callers;
import no.samskap.testkit.fuzz.ServiceFuzzing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
class ProposalsFuzzIT {

    @Test
    @DisplayName("Thousands of hostile requests to every route of the proposals service get no 5xx, only problem+json"
        + " refusals, and refused ones change nothing stored")
    void hostileRequestsAreRefusedCleanly(ApplicationUnderTest proposals) throws Exception {
        ServiceFuzzing.warmUp(proposals, "proposals", TestTokens.shared().resident("fuzz-warm-up", IdeaFixtures.MUNICIPALITY));
        var ideas = new IdeaFixtures(proposals.client());
        var published = ideas.publishedIdea();
        var tokens = TestTokens.shared();
        var callers = Callers.of(IdeaFixtures.MUNICIPALITY, ideas.authorToken(), ideas.staffToken(), ideas.adminToken(),
            tokens.resident("fuzz-resident", IdeaFixtures.MUNICIPALITY), tokens.staff("fuzz-staff-elsewhere", "4618"));
        var known = Map.of("municipality", List.of(IdeaFixtures.MUNICIPALITY),
            "id", List.of(published, ideas.submittedIdea()),
            "commentId", List.of(ideas.authorsComment(published)),
            "subject", List.of("fuzz-blocked-person"));

        var findings = ServiceFuzzing.fuzz(proposals, "proposals", callers, known);

        findings.assertNoFaults();
        assertTrue(findings.acceptedWithValidToken() > 0, "no valid request got through: " + findings.summary());
    }
}
