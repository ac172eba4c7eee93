package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import no.samskap.testkit.TopicSweep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentAppealsIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private IdeaFixtures ideas;
    private TopicSweep kafka;

    @BeforeAll
    void start(ApplicationUnderTest proposals, TestInfrastructure infrastructure) {
        this.proposals = proposals;
        kafka = new TopicSweep(infrastructure.kafkaBootstrapServers(), infrastructure.topicPrefix());
        ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("post");
    }

    @Test
    void anUpheldAppealByAnotherModeratorRestoresTheCommentWithTheDecisionsReasonAndReachesKafka() throws Exception {
        var idea = ideas.publishedIdea();
        var comment = ideas.hiddenComment(idea);

        var appealed = proposals.client().toBlocking().retrieve(appeal(idea, comment, "Kommentaren bryt ingen reglar."),
            CommentView.class);
        assertEquals("pending", appealed.appeal());
        assertEquals("pending", commentSeenBy(idea, comment, ideas.authorToken()).appeal());
        assertNull(commentSeenBy(idea, comment, null).appeal(), "the public does not learn of the appeal");

        var decided = proposals.client().toBlocking().retrieve(decision(idea, comment, otherModerator(), true, "Ingen regelbrot."),
            CommentView.class);

        assertFalse(decided.hidden());
        assertEquals("upheld", decided.appeal());
        var seenByPublic = commentSeenBy(idea, comment, null);
        assertFalse(seenByPublic.hidden());
        assertEquals("Takk for alle innspel!", seenByPublic.body());
        var types = proposals.outboxTypesFor(idea);
        assertEquals(List.of("comment-hidden", "comment-appealed", "comment-appeal-decided", "comment-restored"),
            types.subList(types.indexOf("comment-hidden"), types.size()));
        eventually(() -> {
            var onKafka = kafka.lookFor(comment).found();
            assertTrue(onKafka.stream().anyMatch(record -> record.contains("\"comment-appeal-decided\"")
                && record.contains("ingen regelbrot")), onKafka.toString());
            assertTrue(onKafka.stream().noneMatch(record -> record.contains("bryt ingen reglar")),
                "the appeal's words stay in the service");
        });
    }

    @Test
    void theModeratorWhoHidTheCommentMayNotDecideItsAppeal() {
        var idea = ideas.publishedIdea();
        var comment = ideas.hiddenComment(idea);
        proposals.client().toBlocking().exchange(appeal(idea, comment, "Moderatoren tok feil."));

        var refusal = proposals.refused(decision(idea, comment, ideas.staffToken(), true, "Eg tok feil."));

        assertEquals(403, refusal.get("status"));
        assertEquals("https://samskap.no/problems/same-moderator", refusal.get("type"));
        assertTrue(commentSeenBy(idea, comment, ideas.staffToken()).hidden());
    }

    @Test
    void aCommentIsAppealedOnceAndItsAppealDecidedOnceAndADismissedAppealLeavesItHidden() {
        var idea = ideas.publishedIdea();
        var comment = ideas.hiddenComment(idea);
        proposals.client().toBlocking().exchange(appeal(idea, comment, "Moderatoren tok feil."));

        assertEquals(409, proposals.refused(appeal(idea, comment, "Ein gong til.")).get("status"));
        var dismissed = proposals.client().toBlocking().retrieve(decision(idea, comment, otherModerator(), false, "Hidinga står."),
            CommentView.class);

        assertTrue(dismissed.hidden());
        assertEquals("dismissed", dismissed.appeal());
        assertEquals(409, proposals.refused(decision(idea, comment, otherModerator(), true, "Likevel.")).get("status"));
        assertEquals(409, proposals.refused(appeal(idea, comment, "Ein gong til.")).get("status"));
    }

    @Test
    void onlyTheAuthorAppealsOnlyAHiddenCommentAndOnlyAnAppealIsDecided() throws Exception {
        var idea = ideas.publishedIdea();
        var shown = ideas.authorsComment(idea);
        var hidden = ideas.hiddenComment(idea);
        var messages = proposals.outboxTypesFor(idea).size();

        assertEquals(409, proposals.refused(appeal(idea, shown, "Kvifor?")).get("status"));
        assertEquals(403, proposals.refused(HttpRequest.POST(path(idea, hidden), Map.of("text", "Eg klagar."))
            .bearerAuth(tokens.resident("appeal-someone-else", IdeaFixtures.MUNICIPALITY))).get("status"));
        assertEquals(404, proposals.refused(decision(idea, hidden, otherModerator(), true, "Inga klage.")).get("status"));
        assertEquals("text", firstField(proposals.refused(appeal(idea, hidden, "x".repeat(2001)))));
        assertEquals(400, proposals.refused(appeal(idea, hidden, " ")).get("status"));
        assertEquals(400, proposals.refused(appeal(idea, hidden, "Eg klagar\u0000.")).get("status"));
        assertEquals(400, proposals.refused(HttpRequest.POST(path(idea, hidden) + "/decision",
            Map.of("reason", "Manglar.")).bearerAuth(otherModerator())).get("status"));

        assertEquals(messages, proposals.outboxTypesFor(idea).size());
        assertNull(commentSeenBy(idea, hidden, ideas.authorToken()).appeal());
    }

    private CommentView commentSeenBy(String idea, String comment, String token) {
        var request = HttpRequest.GET("/ideas/" + idea + "/comments");
        var threads = proposals.client().toBlocking().retrieve(token == null ? request : request.bearerAuth(token),
            CommentView.Threads.class);
        return threads.threads().stream().map(CommentView.Thread::comment)
            .filter(seen -> seen.id().equals(comment)).findFirst().orElseThrow();
    }

    private HttpRequest<?> appeal(String idea, String comment, String text) {
        return HttpRequest.POST(path(idea, comment), Map.of("text", text)).bearerAuth(ideas.authorToken());
    }

    private static HttpRequest<?> decision(String idea, String comment, String token, boolean upheld, String reason) {
        return HttpRequest.POST(path(idea, comment) + "/decision", Map.of("upheld", upheld, "reason", reason))
            .bearerAuth(token);
    }

    private static String path(String idea, String comment) {
        return "/ideas/" + idea + "/comments/" + comment + "/appeal";
    }

    private String otherModerator() {
        return tokens.staff("comment-appeal-other-moderator", IdeaFixtures.MUNICIPALITY);
    }
}
