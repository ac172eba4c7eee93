package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.notifications.NotificationSubject;
import no.samskap.contract.notifications.NotificationsMessages;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every change of following and of a person's feed goes to the outbox with the change, and only a real change. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowAndFeedMessagesIT {

    /** Within the five years ahead a response date may lie, whenever the test runs. */
    private static final LocalDate RESPOND_BY = LocalDate.now(ZoneId.of("Europe/Oslo")).plusMonths(3);

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
    void eachNotificationGoesOnThePersonsOneFeedNamingTheServiceAndTheIdeaAsItsSubject() throws Exception {
        var author = "feed-author-" + UUID.randomUUID();
        var authorToken = tokens.resident(author, RANA);
        var id = submit(authorToken);

        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);

        var feed = feedMessages(author);
        assertEquals(2, feed.size());
        var envelope = EnvelopeCodec.fromJson(feed.get(1));
        var newest = EnvelopeCodec.payload(envelope, NotificationsMessages.PERSON_NOTIFIED);
        assertEquals(author, newest.personId());
        assertEquals(envelope.id().toString(), newest.notificationId());
        assertEquals("proposals", newest.service());
        assertEquals(new NotificationSubject("idea", id, "Konsert i parken", "/ideer/" + id), newest.subject());
        assertEquals("under-assessment", newest.kind());
        assertEquals(RESPOND_BY.toString(), newest.note());
        assertEquals(RANA, envelope.municipality());
        assertEquals(List.of(), feedMessages(staffSubject));
    }

    @Test
    void markingReadInTheServicesOwnCopyPublishesNothing() throws Exception {
        var author = "feed-reader-" + UUID.randomUUID();
        var authorToken = tokens.resident(author, RANA);
        var id = submit(authorToken);
        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);

        call(HttpRequest.POST("/me/notifications/read", Map.of("all", true)), authorToken);

        assertEquals(List.of(), envelopes(author, "notifications-read"));
        assertEquals(2, feedMessages(author).size());
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
        return envelopes(person, "person-notified");
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

    private String submit(String author) {
        return (String) call(HttpRequest.POST("/ideas", Map.of("title", "Konsert i parken",
            "body", "Musikk for alle i juni.", "serviceArea", "kulturhus")), author).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return client.toBlocking().retrieve(request.bearerAuth(token), Map.class);
    }
}
