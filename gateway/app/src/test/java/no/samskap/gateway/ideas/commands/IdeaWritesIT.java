package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaWritesIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final String LIMITED = "5003";
    private static final Person STAFF = new Person("rana-staff", "Kari Nilsen", "1833", List.of("staff"));
    private static final String SUBMISSION = "{\"title\":\"eSport-rom i kulturhuset\",\"body\":\"Et rom for gaming.\","
        + "\"serviceArea\":\"kulturhus\"}";

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private JsonWrites writes;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "1s",
            "samskap-gateway.read-your-writes.timeout", "100ms",
            "samskap.rate-limits.municipalities." + LIMITED + ".person-writes", 1,
            "samskap.rate-limits.municipalities." + LIMITED + ".window", "86400s"));
        writes = new JsonWrites(gateway);
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void relaysTheSignedInPersonsOwnAccessTokenWithTheBodyAsItCame() {
        var accessToken = writes.accessTokenOf(RESIDENT);
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, UUID.randomUUID().toString(), "published", 0));

        writes.withCookies(writes.cookiesOf(RESIDENT, accessToken), "POST", "/api/ideas", SUBMISSION);

        var call = proposals.lastCallTo("/ideas");
        assertAll(
            () -> assertEquals("Bearer " + accessToken, call.authorization()),
            () -> assertEquals(SUBMISSION, call.body()),
            () -> assertTrue(call.contentType().startsWith("application/json"), call.contentType()));
    }

    @Test
    void passesTheClientsIdempotencyKeyOnSoARetryAnswersTheFirstResult() {
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, UUID.randomUUID().toString(), "published", 0));
        var accessToken = writes.accessTokenOf(RESIDENT);

        writes.withCookies(writes.cookiesOf(RESIDENT, accessToken), "POST", "/api/ideas", SUBMISSION,
            Map.of("Idempotency-Key", "klient-forsok-7"));

        assertEquals("klient-forsok-7", proposals.lastCallTo("/ideas").idempotencyKey());
    }

    @Test
    void passesTheClientsRequestIdOnToTheServiceAndAnswersWithIt() {
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, UUID.randomUUID().toString(), "published", 0));
        var accessToken = writes.accessTokenOf(RESIDENT);

        var response = writes.withCookies(writes.cookiesOf(RESIDENT, accessToken), "POST", "/api/ideas", SUBMISSION,
            Map.of("X-Request-Id", "innbygger-skriv-42"));

        assertEquals("innbygger-skriv-42", proposals.lastCallTo("/ideas").requestId());
        assertEquals("innbygger-skriv-42", response.headers().firstValue("X-Request-Id").orElse(null));
    }

    @Test
    void issuesARequestIdForAWriteThatCameWithoutOneAndPassesThatOn() {
        proposals.answer("POST", "/ideas", ProposalsAnswers.idea(201, UUID.randomUUID().toString(), "published", 0));

        var response = writes.as(RESIDENT, "POST", "/api/ideas", SUBMISSION);

        var issued = response.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(issued.matches("[0-9a-f-]{36}"), issued);
        assertEquals(issued, proposals.lastCallTo("/ideas").requestId());
    }

    @Test
    void servesItsPrometheusMetricsToLoopbackWithRouteTemplatesLagAndRefusedWrites() {
        var id = UUID.randomUUID().toString();
        proposals.answer("PUT", "/ideas/" + id + "/support", ProposalsAnswers.supportCount(1));
        var limited = new Person("limited-" + UUID.randomUUID(), "Ola Grense", LIMITED, List.of());
        assertEquals(200, writes.as(RESIDENT, "PUT", "/api/ideas/" + id + "/support", null).statusCode());
        writes.as(limited, "POST", "/api/ideas", SUBMISSION);
        assertEquals(429, writes.as(limited, "POST", "/api/ideas", SUBMISSION).statusCode());

        var scrape = gateway.get("/prometheus");

        assertAll(
            () -> assertEquals(200, scrape.statusCode()),
            () -> assertTrue(scrape.body().contains("uri=\"/api/ideas/{id}/support\""), scrape.body()),
            () -> assertTrue(!scrape.body().contains(id), "no raw path in the scrape"),
            () -> assertTrue(scrape.body().contains("samskap_rate_limit_refusals_total{limit=\"person\"} 1.0"),
                scrape.body()),
            () -> assertTrue(scrape.body().contains("samskap_consumer_lag{group="), scrape.body()),
            () -> assertTrue(scrape.body().contains("samskap_consumer_held_messages "), scrape.body()),
            () -> assertTrue(scrape.body().contains("samskap_outbox_unsent "), scrape.body()));
    }

    @Test
    void passesASubmittedIdeaOnWithItsLocationOnTheGateway() {
        var id = UUID.randomUUID().toString();
        var created = ProposalsAnswers.idea(201, id, "published", 0);
        proposals.answer("POST", "/ideas", created.withHeader("Location", "/ideas/" + id));

        var response = writes.as(RESIDENT, "POST", "/api/ideas", SUBMISSION);

        assertAll(
            () -> assertEquals(201, response.statusCode()),
            () -> assertEquals("/api/ideas/" + id, response.headers().firstValue("Location").orElse(null)),
            () -> assertEquals(created.body(), response.body()),
            () -> assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")));
    }

    @Test
    void passesTheServicesProblemOnUnchanged() {
        var problem = "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
            + "\"detail\":\"title: must be 5 to 120 characters\",\"instance\":\"/ideas\","
            + "\"errors\":[{\"field\":\"title\",\"message\":\"must be 5 to 120 characters\"}]}";
        proposals.answer("POST", "/ideas", Answer.problem(400, problem));

        var response = writes.as(RESIDENT, "POST", "/api/ideas", "{\"title\":\"Kort\"}");

        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
            () -> assertEquals(problem, response.body()),
            () -> assertTrue(response.headers().firstValue("Samskap-Read-Model").isEmpty()));
    }

    @Test
    void refusesABodyWithMoreAfterItsObjectItselfAndAsksTheServiceNothing() {
        var callsBefore = proposals.calls().size();

        for (var body : List.of(SUBMISSION + " x", SUBMISSION + "{}")) {
            var response = writes.as(RESIDENT, "POST", "/api/ideas", body);

            assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertTrue(response.body().contains("The body has more after its JSON value"), response.body()));
        }
        assertEquals(callsBefore, proposals.calls().size());
    }

    /**
     * The gateway reads no boolean of a relayed write (clearPlace, upheld): a mistyped one goes to the service exactly
     * as it came, never turned into true or false on the way, and the refusal naming it comes back unchanged.
     */
    @ParameterizedTest(name = "{0} {1} with {4}")
    @CsvSource(delimiter = '|', textBlock = """
        PATCH | /api/ideas/{idea}                 | /ideas/{idea}                 | clearPlace | {"clearPlace":"yes"}
        PATCH | /api/ideas/{idea}                 | /ideas/{idea}                 | clearPlace | {"clearPlace":1}
        POST  | /api/ideas/{idea}/appeal/decision | /ideas/{idea}/appeal/decision | upheld     | {"upheld":"maybe"}
        POST  | /api/ideas/{idea}/appeal/decision | /ideas/{idea}/appeal/decision | upheld     | {"upheld":"false"}
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

    @ParameterizedTest(name = "{0} /api/ideas/'{id}'{1}")
    @CsvSource(delimiter = '|', textBlock = """
        POST   | /withdrawal  |
        POST   | /publication |
        POST   | /rejection   | {"reason":"Dette gjelder ikke kulturtilbudet."}
        POST   | /assessment  | {"respondBy":"2026-12-01"}
        POST   | /answer      | {"outcome":"accepted","answer":"Rommet åpner i mars."}
        POST   | /realisation | {"culturalEventId":"esport-apning-2027"}
        PUT    | /support     |
        DELETE | /support     |
        PATCH  |              | {"title":"eSport-rom i det nye kulturhuset"}
        POST   | /reports     | {"reason":"Reklame for en butikk."}
        PUT    | /follow      |
        DELETE | /follow      |
        POST   | /comments    | {"body":"God idé!","parentId":null}
        PATCH  | /comments/6f1c2a8e-2b7e-4c55-9d0a-1c2b3d4e5f60 | {"body":"Veldig god idé!"}
        POST   | /comments/6f1c2a8e-2b7e-4c55-9d0a-1c2b3d4e5f60/reports | {"reason":"Hets."}
        """)
    void forwardsEachWriteToTheSameRouteAtTheService(String method, String step, String body) {
        step = step == null ? "" : step;
        var id = UUID.randomUUID().toString();
        var answer = step.equals("/support") ? ProposalsAnswers.supportCount(3) : ProposalsAnswers.idea(200, id, "published", 0);
        proposals.answer(method, "/ideas/" + id + step, answer);
        var accessToken = writes.accessTokenOf(STAFF);

        var response = writes.withCookies(writes.cookiesOf(STAFF, accessToken), method, "/api/ideas/" + id + step, body);

        var calls = proposals.callsTo("/ideas/" + id + step);
        assertAll(
            () -> assertEquals(200, response.statusCode(), response.body()),
            () -> assertEquals(answer.body(), response.body()),
            () -> assertEquals(1, calls.size()),
            () -> assertEquals(method, calls.get(0).method()),
            () -> assertEquals(body == null ? "" : body, calls.get(0).body()),
            () -> assertEquals("Bearer " + accessToken, calls.get(0).authorization()));
    }

    @Test
    void refusesAnAnonymousWriteWithProblemJsonNeverARedirect() {
        var id = UUID.randomUUID();
        var submissionsBefore = proposals.callsTo("/ideas").size();
        for (var response : List.of(writes.anonymously("POST", "/api/ideas", SUBMISSION),
                writes.anonymously("PUT", "/api/ideas/" + id + "/support", null))) {
            assertAll(
                () -> assertEquals(401, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertTrue(response.headers().firstValue("Location").isEmpty()));
        }
        assertEquals(submissionsBefore, proposals.callsTo("/ideas").size());
        assertTrue(proposals.callsTo("/ideas/" + id + "/support").isEmpty());
    }

    @Test
    void answersServiceUnavailableFastWhileTheBoardKeepsAnswering() {
        proposals.stop();
        try {
            var response = assertTimeout(Duration.ofSeconds(2),
                () -> writes.as(RESIDENT, "POST", "/api/ideas", SUBMISSION));

            assertAll(
                () -> assertEquals(503, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertTrue(response.body().contains("\"type\":\"https://samskap.no/problems/service-unavailable\""),
                    response.body()),
                () -> assertTrue(response.body().contains("nothing was saved"), response.body()),
                () -> assertEquals("5", response.headers().firstValue("Retry-After").orElse(null)),
                () -> assertEquals(200, gateway.get("/api/ideas?municipality=1833").statusCode()));
        } finally {
            proposals.startAgain();
        }
    }

    @Test
    void saysTheChangeMayHaveBeenSavedWhenTheServiceDoesNotAnswerInTime() {
        var id = UUID.randomUUID();
        proposals.neverAnswer("POST", "/ideas/" + id + "/publication");

        var response = assertTimeout(Duration.ofSeconds(3),
            () -> writes.as(STAFF, "POST", "/api/ideas/" + id + "/publication", null));

        assertAll(
            () -> assertEquals(503, response.statusCode()),
            () -> assertTrue(response.body().contains("may have been saved"), response.body()),
            () -> assertEquals("5", response.headers().firstValue("Retry-After").orElse(null)));
    }

    @Test
    void refusesAWriteThatAFormOnAnotherSiteCouldSend() {
        var id = UUID.randomUUID();
        var response = gateway.send(gateway.request("/api/ideas/" + id + "/withdrawal")
            .header("Cookie", writes.cookiesOf(RESIDENT, writes.accessTokenOf(RESIDENT)))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build());

        assertEquals(403, response.statusCode());
        assertTrue(proposals.callsTo("/ideas/" + id + "/withdrawal").isEmpty());
    }

    @Test
    void asksToSignInAgainWhenTheSignInCarriesNoAccessToken() {
        var idTokenOnly = "samskap_id=" + gateway.identityProvider().idToken(RESIDENT, Duration.ofMinutes(5));

        var response = writes.withCookies(idTokenOnly, "POST", "/api/ideas", SUBMISSION);

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void findsNoIdeaBehindAnIdThatIsNoUuidAndAsksTheServiceNothing() {
        var callsBefore = proposals.calls().size();

        for (var id : List.of("not-an-id", "..%2F..%2Fmunicipalities%2F1833%2Fsettings")) {
            assertEquals(404, writes.as(RESIDENT, "POST", "/api/ideas/" + id + "/withdrawal", null).statusCode());
        }
        assertEquals(callsBefore, proposals.calls().size());
    }
}
