package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every change of following and of a person's feed goes to the outbox with the change, and only a real change. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowAndFeedMessagesIT {

    private static final String RANA = IdeaFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private HttpClient client;
    private String staff;
    private String staffSubject;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        new IdeaFixtures(client).useModeration("post");
        staffSubject = "feed-staff-" + UUID.randomUUID();
        staff = tokens.staff(staffSubject, RANA);
    }

    @Test
    void theAuthorAndASupporterFollowAutomaticallyAndAnExplicitFollowAndUnfollowArePublishedOnceEach() throws Exception {
        var author = "feed-author-" + UUID.randomUUID();
        var supporter = "feed-supporter-" + UUID.randomUUID();
        var follower = "feed-follower-" + UUID.randomUUID();
        var id = submit(tokens.resident(author, RANA));

        call(HttpRequest.PUT("/ideas/" + id + "/support", ""), tokens.resident(supporter, RANA));
        var followerToken = tokens.resident(follower, RANA);
        call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), followerToken);
        call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), followerToken);
        call(HttpRequest.DELETE("/ideas/" + id + "/follow"), followerToken);
        call(HttpRequest.DELETE("/ideas/" + id + "/follow"), followerToken);

        assertEquals(List.of("followed " + author, "followed " + supporter, "followed " + follower, "unfollowed " + follower),
            followChanges(id));
    }

    @Test
    void eachNotificationIsPublishedOnTheFeedOfItsPersonWithItsIdAndTheIdea() throws Exception {
        var author = "feed-author-" + UUID.randomUUID();
        var authorToken = tokens.resident(author, RANA);
        var id = submit(authorToken);

        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", "2099-03-01")), staff);

        var feed = feedMessages(author);
        var ids = feedIds(authorToken);
        assertEquals(2, feed.size());
        var newest = EnvelopeCodec.payload(EnvelopeCodec.fromJson(feed.get(1)), ProposalsMessages.NOTIFICATION_ADDED);
        assertEquals(author, newest.personId());
        assertEquals(ids.get(0).longValue(), newest.notificationId());
        assertEquals(id, newest.ideaId());
        assertEquals("Konsert i parken", newest.ideaTitle());
        assertEquals("under-assessment", newest.kind());
        assertEquals("2099-03-01", newest.note());
        assertEquals(RANA, EnvelopeCodec.fromJson(feed.get(1)).municipality());
        assertEquals(List.of(), feedMessages(staffSubject));
    }

    @Test
    void markingReadIsPublishedWithTheNewestIdReadAndMarkingNothingNewPublishesNothing() throws Exception {
        var author = "feed-reader-" + UUID.randomUUID();
        var authorToken = tokens.resident(author, RANA);
        var id = submit(authorToken);
        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", "2099-03-01")), staff);
        var ids = feedIds(authorToken);

        call(HttpRequest.POST("/me/notifications/read", Map.of("upTo", ids.get(1))), authorToken);
        call(HttpRequest.POST("/me/notifications/read", Map.of("upTo", ids.get(1))), authorToken);
        call(HttpRequest.POST("/me/notifications/read", Map.of("all", true)), authorToken);
        call(HttpRequest.POST("/me/notifications/read", Map.of("all", true)), authorToken);

        var reads = feedMessages(author).stream().map(EnvelopeCodec::fromJson)
            .filter(envelope -> envelope.is(ProposalsMessages.NOTIFICATIONS_READ))
            .map(envelope -> EnvelopeCodec.payload(envelope, ProposalsMessages.NOTIFICATIONS_READ).upTo()).toList();
        assertEquals(List.of(ids.get(1), ids.get(0)), reads);
    }

    private List<String> followChanges(String id) throws Exception {
        var changes = new ArrayList<String>();
        for (var json : envelopes(id, "idea-followed", "idea-unfollowed")) {
            var envelope = EnvelopeCodec.fromJson(json);
            if (envelope.is(ProposalsMessages.IDEA_FOLLOWED)) {
                changes.add("followed " + EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_FOLLOWED).followerId());
            } else {
                changes.add("unfollowed " + EnvelopeCodec.payload(envelope, ProposalsMessages.IDEA_UNFOLLOWED).followerId());
            }
        }
        return changes;
    }

    private List<String> feedMessages(String person) throws Exception {
        return envelopes(person, "notification-added", "notifications-read");
    }

    private List<String> envelopes(String key, String... types) throws Exception {
        try (var connection = proposals.connect();
             var statement = connection.prepareStatement("select envelope from outbox_message where message_key = ?"
                 + " and message_type = any(?) order by seq")) {
            statement.setString(1, key);
            statement.setArray(2, connection.createArrayOf("text", types));
            var found = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> feedIds(String token) {
        var feed = client.toBlocking().retrieve(HttpRequest.GET("/me/notifications").bearerAuth(token), Map.class);
        return ((List<Map<String, Object>>) feed.get("notifications")).stream()
            .map(notification -> Long.parseLong((String) notification.get("id"))).toList();
    }

    private String submit(String author) {
        return (String) call(HttpRequest.POST("/ideas", Map.of("title", "Konsert i parken",
            "body", "Musikk for alle i juni.", "serviceArea", "kulturhus")), author).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return client.toBlocking().retrieve(request.bearerAuth(token), Map.class);
    }
}
