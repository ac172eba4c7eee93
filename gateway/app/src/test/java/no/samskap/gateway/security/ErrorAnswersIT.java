package no.samskap.gateway.security;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.ErrorAnswers;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of error a client can provoke on the gateway, answered without a trace of its internals and with the
 * headers every answer carries. The gateway trusts a proxy on 127.0.0.1 to say whether the request came over TLS.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersIT {

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private ErrorAnswers errors;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        proposals.answer("POST", "/ideas", Answer.problem(400, """
            {"type":"https://samskap.no/problems/malformed-body","title":"Bad Request","status":400,
             "detail":"The body is not JSON: it ends inside a string.","instance":"/ideas"}"""));
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap.trusted-proxies", "127.0.0.1",
            "gateway-check.failing-route", "on"));
        var cookies = new FormPosts(gateway).cookiesOf(Person.ranaResident()) + "; samskap_csrf=" + FormPosts.CSRF;
        errors = new ErrorAnswers(gateway.uri("/"), "/api/ideas", "/api/ideas", "/api/test-only/failing",
            Map.of("Cookie", cookies, "X-CSRF-Token", FormPosts.CSRF, "Accept", "application/json"));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void answersEveryKindOfErrorWithoutAStackTraceSqlOrAClassName() throws Exception {
        errors.assertEachAnsweredWithoutInternals();
    }

    @Test
    void forbidsEveryBrowserFeatureOnPagesDataAndErrorsAlike() throws Exception {
        var answers = errors.provokeEach();
        answers.put("front page", new ErrorAnswers.Answer(200, gateway.get("/")));
        answers.put("data", new ErrorAnswers.Answer(200, gateway.get("/api/ideas?municipality=1833")));

        assertAll(answers.entrySet().stream().map(entry -> () -> {
            var policy = entry.getValue().response().headers().firstValue("Permissions-Policy").orElse("");
            assertTrue(policy.contains("camera=()") && policy.contains("geolocation=()"), entry.getKey() + ": " + policy);
        }));
    }

    @Test
    void asksForHttpsOnlyWhenTheTrustedProxySaysTheRequestCameOverTls() {
        assertAll(
            () -> assertEquals(Optional.of("max-age=31536000; includeSubDomains"),
                gateway.get("/", Map.of("X-Forwarded-Proto", "https")).headers().firstValue("Strict-Transport-Security")),
            () -> assertEquals(Optional.empty(),
                gateway.get("/").headers().firstValue("Strict-Transport-Security")));
    }
}
