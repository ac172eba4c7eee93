package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportsIT {

    private static final int RESIDENTS = 40;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        ideas.useModeration("post");
    }

    @Test
    void manyResidentsSupportingAtOnceAreCountedExactlyOnceEach() throws Exception {
        var id = ideas.publishedIdea();
        var calls = new ArrayList<Callable<Integer>>();
        for (int resident = 0; resident < RESIDENTS; resident++) {
            var token = tokens.resident("crowd-" + resident, IdeaFixtures.MUNICIPALITY);
            calls.add(() -> support(id, token));
            calls.add(() -> support(id, token));
        }
        var pool = Executors.newFixedThreadPool(16);
        try {
            for (var answer : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                assertTrue(answer.get() >= 1);
            }
        } finally {
            pool.shutdown();
        }

        var idea = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class);
        assertEquals(RESIDENTS, idea.supportCount());
        assertEquals(RESIDENTS, count("select count(*) from idea_support where idea_id = '" + id + "'"));
        assertEquals(RESIDENTS, count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type = 'support-given'"));
    }

    @Test
    void aWithdrawnSupportCountsNoMoreAndWithdrawingTwiceChangesNothing() throws Exception {
        var id = ideas.publishedIdea();
        var token = tokens.resident("changes-mind", IdeaFixtures.MUNICIPALITY);

        assertEquals(1, support(id, token));
        assertTrue(client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(token), IdeaView.class)
            .supportedByYou());
        assertEquals(0, withdraw(id, token));
        assertEquals(0, withdraw(id, token));
        assertFalse(client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(token), IdeaView.class)
            .supportedByYou());
        assertEquals(0, count("select count(*) from idea_support where idea_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type = 'support-withdrawn'"));
    }

    @Test
    void theAuthorCannotSupportTheirOwnIdea() {
        var id = ideas.publishedIdea();

        var refusal = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.PUT("/ideas/" + id + "/support", "").bearerAuth(ideas.authorToken()), String.class));

        assertEquals(409, refusal.code());
        assertEquals(0, client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class).supportCount());
    }

    @Test
    void aResidentOfAnotherMunicipalityCannotSupport() {
        var id = ideas.publishedIdea();

        var refusal = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.PUT("/ideas/" + id + "/support", "").bearerAuth(tokens.resident("odda-resident", "4618")),
            String.class));

        assertEquals(403, refusal.code());
    }

    @Test
    void anIdeaWithEnoughSupportsQualifiesForAssessment() {
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/1833/settings",
            Map.of("moderation", "post", "supportThreshold", 2)).bearerAuth(ideas.adminToken()));
        try {
            var id = ideas.publishedIdea();
            support(id, tokens.resident("first", IdeaFixtures.MUNICIPALITY));
            assertFalse(client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class).qualifiesForAssessment());

            support(id, tokens.resident("second", IdeaFixtures.MUNICIPALITY));

            assertTrue(client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class).qualifiesForAssessment());
        } finally {
            ideas.useModeration("post");
        }
    }

    @Test
    void reachingTheThresholdIsToldOnceToTheOutboxAndEveryFollowerAndWithdrawingDoesNotTellItAgain() throws Exception {
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/1833/settings",
            Map.of("moderation", "post", "supportThreshold", 2)).bearerAuth(ideas.adminToken()));
        try {
            var id = ideas.publishedIdea();
            var first = tokens.resident("threshold-first", IdeaFixtures.MUNICIPALITY);
            var second = tokens.resident("threshold-second", IdeaFixtures.MUNICIPALITY);
            support(id, first);
            assertEquals(0, reachedMessages(id));

            support(id, second);
            withdraw(id, second);
            support(id, second);

            assertEquals(1, reachedMessages(id));
            assertEquals(1, count("select count(*) from outbox_message where message_key = '" + id
                + "' and message_type = 'support-threshold-reached' and envelope like '%\"supportCount\":2%'"
                + " and envelope like '%\"threshold\":2%' and envelope not like '%threshold-first%'"));
            assertEquals(3, count("select count(*) from notification where idea_id = '" + id
                + "' and kind = 'support-threshold-reached' and note = '2'"), "the author and both supporters");
            assertEquals(1, count("select count(*) from idea where id = '" + id + "' and threshold_reached_at is not null"));
        } finally {
            ideas.useModeration("post");
        }
    }

    @Test
    void withoutAThresholdNoSupportReachesOne() throws Exception {
        var id = ideas.publishedIdea();

        support(id, tokens.resident("no-threshold", IdeaFixtures.MUNICIPALITY));

        assertEquals(0, reachedMessages(id));
    }

    private long reachedMessages(String id) throws Exception {
        return count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type = 'support-threshold-reached'");
    }

    private int support(String id, String token) {
        return ((Number) client.toBlocking().retrieve(HttpRequest.PUT("/ideas/" + id + "/support", "").bearerAuth(token),
            Map.class).get("supportCount")).intValue();
    }

    private int withdraw(String id, String token) {
        return ((Number) client.toBlocking().retrieve(HttpRequest.DELETE("/ideas/" + id + "/support").bearerAuth(token),
            Map.class).get("supportCount")).intValue();
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
