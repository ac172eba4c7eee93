package no.samskap.proposals.security;

import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ErrorAnswers;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Every kind of error a client can provoke on the proposals service, answered without a trace of its internals. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersIT {

    private ApplicationUnderTest proposals;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = ApplicationUnderTest.start(ProposalsApplication.class, infrastructure,
            Map.of("proposals-check.failing-route", "on"));
    }

    @AfterAll
    void stop() {
        proposals.close();
    }

    @Test
    void answersEveryKindOfErrorWithoutAStackTraceSqlOrAClassName() throws Exception {
        var resident = TestTokens.shared().resident("errors-resident", "1833");

        new ErrorAnswers(proposals.server().getURI(), "/ideas", "/municipalities/1833/idea-choices",
            "/test-only/failing", Map.of("Authorization", "Bearer " + resident)).assertEachAnsweredWithoutInternals();
    }
}
