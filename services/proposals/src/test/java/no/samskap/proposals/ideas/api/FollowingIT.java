package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowingIT {

    private static final String RANA = IdeaFixtures.MUNICIPALITY;
    /** Within the five years ahead a response date may lie, whenever the test runs. */
    private static final LocalDate RESPOND_BY = LocalDate.now(ZoneId.of("Europe/Oslo")).plusMonths(3);

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private HttpClient client;
    private String staff;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        new IdeaFixtures(client).useModeration("post");
        staff = tokens.staff("following-staff-" + UUID.randomUUID(), RANA);
    }

    @Test
    void theAuthorASupporterAndAFollowerAreToldOfEveryStepButTheStaffWhoActedAndAnUnfollowerAreNot() {
        var author = resident();
        var supporter = resident();
        var follower = tokens.staff("following-other-staff-" + UUID.randomUUID(), "4618");
        var unfollower = resident();
        var id = submit(author);
        call(HttpRequest.PUT("/ideas/" + id + "/support", ""), supporter);
        call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), follower);
        call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), staff);
        call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), unfollower);
        call(HttpRequest.DELETE("/ideas/" + id + "/follow"), unfollower);

        walkThroughTheLifecycle(id);

        var lateSteps = List.of("realised", "answered", "under-assessment");
        assertEquals(List.of("realised", "answered", "under-assessment", "published"), kinds(author));
        assertEquals(lateSteps, kinds(supporter));
        assertEquals(lateSteps, kinds(follower));
        assertEquals(List.of(), kinds(staff));
        assertEquals(List.of(), kinds(unfollower));
        var notes = feed(supporter, "").notifications().stream().map(NotificationController.NotificationView::note).toList();
        assertEquals(List.of("", "Ja, vi set det opp i vår.", RESPOND_BY.toString()), notes);
        assertEquals("Konsert i parken", feed(supporter, "").notifications().get(0).ideaTitle());
    }

    @Test
    void anUnfollowIsRememberedWhenSupportingAgainAndWithdrawingSupportKeepsFollowing() {
        var supporter = resident();
        var id = submit(resident());
        call(HttpRequest.PUT("/ideas/" + id + "/support", ""), supporter);
        call(HttpRequest.DELETE("/ideas/" + id + "/support"), supporter);
        assertTrue(view(id, supporter).followedByYou());

        call(HttpRequest.DELETE("/ideas/" + id + "/follow"), supporter);
        call(HttpRequest.PUT("/ideas/" + id + "/support", ""), supporter);

        assertFalse(view(id, supporter).followedByYou());
        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);
        assertEquals(List.of(), kinds(supporter));
    }

    @Test
    void hidingAndRestoringAreToldOnlyToTheAuthor() {
        var author = resident();
        var supporter = resident();
        var id = submit(author);
        call(HttpRequest.PUT("/ideas/" + id + "/support", ""), supporter);

        call(HttpRequest.POST("/ideas/" + id + "/hiding", Map.of("reason", "Under vurdering.")), staff);
        call(HttpRequest.POST("/ideas/" + id + "/restoring", Map.of("reason", "Gjennomgått og i orden.")), staff);

        assertEquals(List.of("restored", "hidden", "published"), kinds(author));
        assertEquals(List.of(), kinds(supporter));
    }

    @Test
    void theFeedPagesNewestFirstWithoutRepeatsAndMarkingReadLowersTheUnreadCount() {
        var follower = resident();
        for (int idea = 0; idea < 3; idea++) {
            var id = submit(resident());
            call(HttpRequest.PUT("/ideas/" + id + "/follow", ""), follower);
            call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);
            call(HttpRequest.POST("/ideas/" + id + "/answer", Map.of("outcome", "accepted", "answer", "Ja.")), staff);
        }

        var first = feed(follower, "?limit=4");
        var second = feed(follower, "?limit=4&after=" + first.next());

        var ids = new ArrayList<Long>();
        first.notifications().forEach(notification -> ids.add(Long.parseLong(notification.id())));
        second.notifications().forEach(notification -> ids.add(Long.parseLong(notification.id())));
        assertEquals(6, ids.size());
        assertEquals(6, new HashSet<>(ids).size());
        assertEquals(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ids);
        assertNull(second.next());
        assertEquals(6, first.unreadCount());

        var unread = call(HttpRequest.POST("/me/notifications/read", Map.of("upTo", ids.get(2))), follower);
        assertEquals(2, ((Number) unread.get("unreadCount")).intValue());
        assertEquals(2, feed(follower, "").unreadCount());
        call(HttpRequest.POST("/me/notifications/read", Map.of("all", true)), follower);
        assertEquals(0, feed(follower, "").unreadCount());
    }

    @Test
    void aPersonNeverSeesNorMarksAnotherPersonsNotifications() {
        var author = resident();
        var stranger = resident();
        var id = submit(author);
        var authorsNewest = feed(author, "").notifications().get(0).id();

        call(HttpRequest.POST("/me/notifications/read", Map.of("upTo", Long.parseLong(authorsNewest))), stranger);
        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);

        assertEquals(List.of(), feed(stranger, "").notifications());
        assertEquals(0, feed(stranger, "").unreadCount());
        assertEquals(2, feed(author, "").unreadCount());
    }

    @Test
    void badPagingAndMarkingAreRefusedNamingTheField() {
        var person = resident();
        assertEquals("limit", refusedField(HttpRequest.GET("/me/notifications?limit=0"), person));
        assertEquals("limit", refusedField(HttpRequest.GET("/me/notifications?limit=101"), person));
        assertEquals("limit", refusedField(HttpRequest.GET("/me/notifications?limit=many"), person));
        assertEquals("after", refusedField(HttpRequest.GET("/me/notifications?after=bogus"), person));
        assertEquals("after", refusedField(HttpRequest.GET("/me/notifications?after=-5"), person));
        assertEquals("upTo", refusedField(HttpRequest.POST("/me/notifications/read", Map.of()), person));
    }

    private void walkThroughTheLifecycle(String id) {
        call(HttpRequest.POST("/ideas/" + id + "/assessment", Map.of("respondBy", RESPOND_BY.toString())), staff);
        call(HttpRequest.POST("/ideas/" + id + "/answer",
            Map.of("outcome", "accepted", "answer", "Ja, vi set det opp i vår.")), staff);
        call(HttpRequest.POST("/ideas/" + id + "/realisation", Map.of("culturalEventId", "konsert-2099-05-01")), staff);
    }

    private String resident() {
        return tokens.resident("following-" + UUID.randomUUID(), RANA);
    }

    private String submit(String author) {
        return (String) call(HttpRequest.POST("/ideas", Map.of("title", "Konsert i parken",
            "body", "Musikk for alle i juni.", "serviceArea", "kulturhus")), author).get("id");
    }

    private List<String> kinds(String token) {
        return feed(token, "").notifications().stream().map(NotificationController.NotificationView::kind).toList();
    }

    private NotificationController.FeedView feed(String token, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/me/notifications" + query).bearerAuth(token),
            NotificationController.FeedView.class);
    }

    private IdeaView view(String id, String token) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(token), IdeaView.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return client.toBlocking().retrieve(request.bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    private String refusedField(MutableHttpRequest<?> request, String token) {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request.bearerAuth(token), String.class));
        assertEquals(400, failure.code());
        assertTrue(failure.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        var problem = failure.getResponse().getBody(Map.class).orElseThrow();
        return (String) ((List<Map<String, Object>>) problem.get("errors")).get(0).get("field");
    }
}
