package no.samskap.proposals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.testkit.TestTokens;

import java.time.LocalDate;
import java.util.Map;

/** Ideas in each state, made through the service's own API by a Rana author and Rana staff. */
public final class IdeaFixtures {

    public static final String MUNICIPALITY = "1833";
    public static final String AUTHOR = "fixture-author";

    private final HttpClient client;
    private final TestTokens tokens = TestTokens.shared();

    public IdeaFixtures(HttpClient client) {
        this.client = client;
    }

    public String authorToken() {
        return tokens.resident(AUTHOR, MUNICIPALITY);
    }

    public String staffToken() {
        return tokens.staff("fixture-staff", MUNICIPALITY);
    }

    public String adminToken() {
        return tokens.admin("fixture-admin", MUNICIPALITY);
    }

    public void useModeration(String mode) {
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/" + MUNICIPALITY + "/settings",
            Map.of("moderation", mode)).bearerAuth(adminToken()));
    }

    /** Submitted and, under pre-moderation, still held. */
    public String submittedIdea() {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", Map.of("title", "Strikkekafé på biblioteket",
            "body", "Hver tirsdag, for alle aldre.", "serviceArea", "bibliotek")).bearerAuth(authorToken()), Map.class);
        return (String) created.get("id");
    }

    public String publishedIdea() {
        var id = submittedIdea();
        if (!"published".equals(statusOf(id))) {
            staff("/ideas/" + id + "/publication", Map.of());
        }
        return id;
    }

    public String acceptedIdea() {
        var id = publishedIdea();
        staff("/ideas/" + id + "/answer", Map.of("outcome", "accepted", "answer", "Vi starter i januar."));
        return id;
    }

    public void startAssessment(String id, LocalDate respondBy) {
        staff("/ideas/" + id + "/assessment", Map.of("respondBy", respondBy.toString()));
    }

    /** A published idea that staff hid from the public with a reason. */
    public String hiddenIdea() {
        var id = publishedIdea();
        staff("/ideas/" + id + "/hiding", Map.of("reason", "Under vurdering."));
        return id;
    }

    /** A hidden idea whose author appealed the hiding; fixture-staff hid it, so they may not decide the appeal. */
    public String appealedIdea() {
        var id = hiddenIdea();
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/appeal",
            Map.of("text", "Eg forstår ikkje kvifor.")).bearerAuth(authorToken()));
        return id;
    }

    /** A top-level comment on the idea, written by the person the token is for. */
    public String commentOn(String ideaId, String token, String body) {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + ideaId + "/comments",
            Map.of("body", body)).bearerAuth(token), Map.class).get("id");
    }

    /** A comment the idea's author wrote on their own idea. */
    public String authorsComment(String ideaId) {
        return commentOn(ideaId, authorToken(), "Takk for alle innspel!");
    }

    /** A comment of the author's that staff hid. */
    public String hiddenComment(String ideaId) {
        var commentId = authorsComment(ideaId);
        staff("/ideas/" + ideaId + "/comments/" + commentId + "/hiding", Map.of("reason", "Under vurdering."));
        return commentId;
    }

    /** The path of a hidden comment whose author appealed the hiding; fixture-staff hid it, so may not decide. */
    public String appealedComment() {
        var id = publishedIdea();
        var path = "/ideas/" + id + "/comments/" + hiddenComment(id);
        client.toBlocking().exchange(HttpRequest.POST(path + "/appeal", Map.of("text", "Eg forstår ikkje kvifor."))
            .bearerAuth(authorToken()));
        return path;
    }

    public String statusOf(String id) {
        return (String) client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id).bearerAuth(staffToken()), Map.class)
            .get("status");
    }

    private void staff(String path, Map<String, String> body) {
        client.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(staffToken()));
    }
}
