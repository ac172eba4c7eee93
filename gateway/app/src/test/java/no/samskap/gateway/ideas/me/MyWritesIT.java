package no.samskap.gateway.ideas.me;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.me.StandInProposalsForMe.Answer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person's own writes go to the proposals service under their token and come back once their page shows them. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyWritesIT {

    private static final String CSRF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    private StandInProposalsForMe proposals;
    private GatewayUnderTest gateway;
    private MyStoriesOnKafka stories;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = new StandInProposalsForMe();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "2s",
            "samskap-gateway.read-your-writes.timeout", "10s"));
        stories = new MyStoriesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
        proposals.close();
    }

    @Test
    void anAppealIsRelayedWithTheAuthorsTokenAndAnsweredOnlyOnceTheirIdeaShowsIt() {
        var author = person();
        var idea = rejectedIdeaOf(author);
        var path = "/ideas/" + idea + "/appeal";
        proposals.answer("POST", path, new Answer(200, "application/json", "{\"id\":\"" + idea + "\",\"status\":\"rejected\"}",
            () -> stories.appealed(idea, author, "rejected")));
        var accessToken = accessTokenOf(author);

        var response = gateway.send(json(author, accessToken, "/api/ideas/" + idea + "/appeal", "{\"text\":\"Det står ingen navn der.\"}"));

        assertAll(
            () -> assertEquals(200, response.statusCode(), response.body()),
            () -> assertTrue(response.headers().firstValue("Samskap-Read-Model").isEmpty()),
            () -> assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null)),
            () -> assertEquals("Bearer " + accessToken, proposals.callsTo(path).get(0).authorization()),
            () -> assertEquals("{\"text\":\"Det står ingen navn der.\"}", proposals.callsTo(path).get(0).body()),
            () -> assertTrue(get(author, "/api/me/ideas").contains("\"appeal\":\"pending\"")));
    }

    @Test
    void theAppealFormOnMyPageRelaysTheWordsAndSeesOtherBackToTheConfirmation() {
        var author = person();
        var idea = rejectedIdeaOf(author);
        var path = "/ideas/" + idea + "/appeal";
        proposals.answer("POST", path, new Answer(200, "application/json", "{\"id\":\"" + idea + "\"}",
            () -> stories.appealed(idea, author, "rejected")));

        var response = gateway.send(form(author, "/meg/ideer/" + idea + "/anke", "_csrf=" + CSRF + "&reason="
            + URLEncoder.encode("Jeg har fjernet navnet & mer.", StandardCharsets.UTF_8)));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/meg?anket=1#my-ideas", response.headers().firstValue("Location").orElse(null));
        assertEquals("{\"text\":\"Jeg har fjernet navnet & mer.\"}", proposals.callsTo(path).get(0).body());
        var page = get(author, "/meg?anket=1");
        assertTrue(page.contains("id=\"confirmation\""), page);
        assertTrue(page.contains("class=\"appeal-state\""), page);
    }

    @Test
    void anEmptyAppealIsShownBackWithAnErrorBesideTheFieldAndNothingIsSent() {
        var author = person();
        var idea = rejectedIdeaOf(author);

        var response = gateway.send(form(author, "/meg/ideer/" + idea + "/anke", "_csrf=" + CSRF + "&reason=+++"));

        var field = "appeal-reason-" + idea;
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(response.body().contains("id=\"error-summary\""), response.body()),
            () -> assertTrue(response.body().contains("<a href=\"#" + field + "\">"), response.body()),
            () -> assertTrue(response.body().contains("aria-describedby=\"" + field + "-hint " + field + "-error\""),
                response.body()),
            () -> assertTrue(response.body().contains("aria-invalid=\"true\""), response.body()),
            () -> assertEquals(List.of(), proposals.callsTo("/ideas/" + idea + "/appeal")));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        var author = person();
        var idea = UUID.randomUUID();

        var response = gateway.send(form(author, "/meg/ideer/" + idea + "/anke", "reason=Hei"));

        assertEquals(403, response.statusCode());
        assertEquals(List.of(), proposals.callsTo("/ideas/" + idea + "/appeal"));
    }

    @Test
    void anAppealForSomethingThatIsNoIdeaIdIsNotFoundAndNotSent() {
        var response = gateway.send(json(person(), accessTokenOf(person()), "/api/ideas/..%2Fme/appeal", "{\"text\":\"x\"}"));

        assertEquals(404, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
    }

    private String rejectedIdeaOf(Person author) {
        var idea = stories.submittedBy(author, "Idé med navn");
        stories.rejected(idea, "Inneholder navn.");
        eventually(() -> assertTrue(get(author, "/api/me/ideas").contains("\"status\":\"rejected\"")));
        return idea;
    }

    private static Person person() {
        return new Person("writer-" + UUID.randomUUID(), "Kari Nordmann", "1833", List.of("resident"));
    }

    private String accessTokenOf(Person person) {
        return gateway.identityProvider().accessToken(person, Duration.ofMinutes(5));
    }

    private String cookies(Person person, String accessToken) {
        return "samskap_id=" + gateway.identityProvider().idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + accessToken + "; samskap_csrf=" + CSRF;
    }

    private String get(Person person, String path) {
        return gateway.get(path, Map.of("Cookie", cookies(person, accessTokenOf(person)))).body();
    }

    private HttpRequest json(Person person, String accessToken, String path, String body) {
        return gateway.request(path).header("Cookie", cookies(person, accessToken))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest form(Person person, String path, String body) {
        return gateway.request(path).header("Cookie", cookies(person, accessTokenOf(person)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
