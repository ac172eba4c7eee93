package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.Envelope;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsIT {

    private static final String TRICKY_BODY = "<script>alert('x')</script> <b>fet</b> &amp; <a href=\"javascript:x\">lenke</a>\n"
        + "'; drop table idea_comment; --\nNynorsk: kvifor ikkje? Sámi: Sámegiella, čđŋšŧž. Emoji: 🎻🧶👩🏽‍🎤";

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
    void residentsCommentAndAnswerAndAnyoneReadsTheThreadsOldestFirst() throws Exception {
        var id = ideas.publishedIdea();

        var first = write(id, resident("ask"), "Kva med laurdagar?", null);
        var second = write(id, resident("birk"), "Eg kan halde kurs.", null);
        var answer = write(id, ideas.authorToken(), "Laurdagar passar fint.", first.id());

        var threads = threads(id, null).threads();
        assertEquals(List.of(first.id(), second.id()), threads.stream().map(thread -> thread.comment().id()).toList());
        assertEquals(List.of(answer.id()), threads.get(0).answers().stream().map(CommentView::id).toList());
        assertTrue(threads.get(1).answers().isEmpty());
        assertEquals(first.id(), answer.parentId());
        assertNull(threads.get(0).answers().get(0).authorId(), "no Keycloak subject for an anonymous reader");
        assertEquals(IdeaFixtures.AUTHOR, threads(id, resident("ask")).threads().get(0).answers().get(0).authorId());
        assertEquals(Boolean.FALSE, threads.get(0).comment().official());
        assertEquals(3, idea(id).commentCount());
        assertEquals(List.of("comment-added", "comment-added", "comment-added"), commentMessageTypes(id));
    }

    @Test
    void anAnswerToAnAnswerIsRefusedNamingParentIdAndNothingIsStored() throws Exception {
        var id = ideas.publishedIdea();
        var first = write(id, resident("cato"), "Godt forslag.", null);
        var answer = write(id, resident("dina"), "Einig!", first.id());
        var before = count("select count(*) from idea_comment");

        var problem = proposals.refused(post(id, resident("cato"), Map.of("body", "Takk!", "parentId", answer.id())));

        assertEquals(400, problem.get("status"));
        assertEquals("parentId", firstField(problem));
        assertEquals(before, count("select count(*) from idea_comment"));
        assertEquals(2, commentMessageTypes(id).size());
    }

    @Test
    void aParentOnAnotherIdeaOrNoCommentAtAllIsRefusedNamingParentId() throws Exception {
        var here = ideas.publishedIdea();
        var elsewhere = ideas.publishedIdea();
        var other = write(elsewhere, resident("eli"), "Her er ein tråd.", null);
        var before = count("select count(*) from idea_comment");

        for (var parentId : List.of(other.id(), UUID.randomUUID().toString(), "not-a-uuid")) {
            var problem = proposals.refused(post(here, resident("eli"), Map.of("body", "Svar", "parentId", parentId)));
            assertEquals("parentId", firstField(problem), parentId);
        }
        assertEquals(before, count("select count(*) from idea_comment"));
        assertEquals(404, proposals.refused(HttpRequest.PATCH("/ideas/" + here + "/comments/" + other.id(), Map.of("body", "Nei"))
            .bearerAuth(resident("eli"))).get("status"));
    }

    @Test
    void commentsOfTheMunicipalitysStaffAndAdminsAreOfficial() throws Exception {
        var id = ideas.publishedIdea();
        var question = write(id, resident("frode"), "Når opnar det?", null);

        var staffAnswer = write(id, ideas.staffToken(), "Vi svarar innan jul.", question.id());
        var adminComment = write(id, ideas.adminToken(), "Saka er send til kulturutvalet.", null);

        assertEquals(Boolean.TRUE, staffAnswer.official());
        assertEquals(Boolean.TRUE, adminComment.official());
        assertEquals(Boolean.FALSE, question.official());
        var added = EnvelopeCodec.payload(message(id, "comment-added", 1), ProposalsMessages.COMMENT_ADDED);
        assertTrue(added.official());
        assertEquals("fixture-staff", added.authorId());
        assertEquals(question.id(), added.parentId());
    }

    @Test
    void theAuthorMayEditTheirCommentButSomeoneElseIsForbidden() throws Exception {
        var id = ideas.publishedIdea();
        var author = resident("gro");
        var comment = write(id, author, "Kulturskulen bør vere med.", null);
        assertTrue(comment.editableByYou());

        for (var someoneElse : List.of(resident("hans"), ideas.staffToken(), ideas.adminToken())) {
            var problem = proposals.refused(edit(id, comment.id(), someoneElse, "Endra av nokon andre"));
            assertEquals(403, problem.get("status"));
            assertEquals("https://samskap.no/problems/not-the-author", problem.get("type"));
        }
        assertEquals("Kulturskulen bør vere med.", threads(id, null).threads().get(0).comment().body());

        var edited = client.toBlocking().retrieve(edit(id, comment.id(), author, "Kulturskulen og biblioteket bør vere med."),
            CommentView.class);

        assertEquals("Kulturskulen og biblioteket bør vere med.", edited.body());
        assertNotNull(edited.editedAt());
        assertEquals(comment.writtenAt(), edited.writtenAt());
        assertEquals(List.of("comment-added", "comment-edited"), commentMessageTypes(id));
    }

    @Test
    void threeReportsHideACommentFromThePublicButNotFromItsAuthorOrStaff() throws Exception {
        var id = ideas.publishedIdea();
        var author = resident("ivar");
        var comment = write(id, author, "Dette er eit dårleg forslag, og de er dumme.", null);

        report(id, comment.id(), resident("jon"), "Personangrep.");
        report(id, comment.id(), resident("jon"), "Personangrep, igjen.");
        report(id, comment.id(), ideas.staffToken(), "Tone.");
        assertFalse(threads(id, null).threads().get(0).comment().hidden());

        report(id, comment.id(), tokens.staff("odda-staff", "4618"), "Stygt.");

        var seenByPublic = threads(id, resident("kari")).threads().get(0).comment();
        assertTrue(seenByPublic.hidden());
        assertNull(seenByPublic.body());
        assertNull(seenByPublic.authorId());
        assertEquals(comment.id(), seenByPublic.id());
        assertNull(threads(id, null).threads().get(0).comment().body());
        var seenByAuthor = threads(id, author).threads().get(0).comment();
        assertEquals(comment.body(), seenByAuthor.body());
        assertTrue(seenByAuthor.hidden());
        assertNotNull(seenByAuthor.hiddenReason());
        assertEquals(comment.body(), threads(id, ideas.staffToken()).threads().get(0).comment().body());
        assertEquals(0, idea(id).commentCount());
        assertEquals(3, count("select count(*) from comment_report where comment_id = '" + comment.id() + "'"));
        assertEquals(List.of("comment-added", "comment-hidden"), commentMessageTypes(id));
        var hidden = EnvelopeCodec.payload(message(id, "comment-hidden", 0), ProposalsMessages.COMMENT_HIDDEN);
        assertEquals("samskap", hidden.hiddenBy());
        assertFalse(hidden.reason().contains("Personangrep"));
    }

    @Test
    void manyParallelReportsHideTheCommentExactlyOnce() throws Exception {
        var id = ideas.publishedIdea();
        var comment = write(id, resident("quentin"), "Kulturhuset bør stengje klokka 18.", null);
        var reports = new ArrayList<Callable<Integer>>();
        for (int reporter = 0; reporter < 12; reporter++) {
            var token = resident("crowd-" + reporter);
            reports.add(() -> client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/comments/" + comment.id()
                + "/reports", Map.of("reason", "Usakleg.")).bearerAuth(token)).code());
        }
        var pool = Executors.newFixedThreadPool(12);
        try {
            for (var answer : pool.invokeAll(reports, 60, TimeUnit.SECONDS)) {
                assertEquals(204, answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(12, count("select count(*) from comment_report where comment_id = '" + comment.id() + "'"));
        assertEquals(List.of("comment-added", "comment-hidden"), commentMessageTypes(id));
        assertTrue(threads(id, null).threads().get(0).comment().hidden());
    }

    @Test
    void staffRestoreAHiddenCommentAndItTakesFreshReportsToHideItAgain() throws Exception {
        var id = ideas.publishedIdea();
        var comment = write(id, resident("lars"), "Meir jazz!", null);
        for (var reporter : List.of("mia", "nils", "ola")) {
            report(id, comment.id(), resident(reporter), "Spam.");
        }
        assertTrue(threads(id, null).threads().get(0).comment().hidden());

        var restored = staff(id, comment.id(), "/restoring", Map.of("reason", "Gjennomgått og i orden."));

        assertFalse(restored.hidden());
        assertEquals("Meir jazz!", threads(id, null).threads().get(0).comment().body());
        report(id, comment.id(), resident("per"), "Spam.");
        report(id, comment.id(), resident("mia"), "Spam, framleis.");
        assertFalse(threads(id, null).threads().get(0).comment().hidden());

        var hiddenByStaff = staff(id, comment.id(), "/hiding", Map.of("reason", "Vi ser på det."));
        assertTrue(hiddenByStaff.hidden());
        assertEquals("Vi ser på det.", hiddenByStaff.hiddenReason());
        assertEquals(409, proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments/" + comment.id() + "/hiding",
            Map.of("reason", "Igjen.")).bearerAuth(ideas.staffToken())).get("status"));
        assertEquals(List.of("comment-added", "comment-hidden", "comment-restored", "comment-hidden"),
            commentMessageTypes(id));
        assertEquals("Gjennomgått og i orden.", EnvelopeCodec.payload(message(id, "comment-restored", 0),
            ProposalsMessages.COMMENT_RESTORED).reason());
        assertEquals("fixture-staff", EnvelopeCodec.payload(message(id, "comment-hidden", 1),
            ProposalsMessages.COMMENT_HIDDEN).hiddenBy());
    }

    @Test
    void aMunicipalityMayHideACommentAtItsFirstReport() throws Exception {
        var settings = putSettings(Map.of("moderation", "post", "reportThreshold", 1));
        try {
            assertEquals(1, ((Number) settings.get("reportThreshold")).intValue());
            var id = ideas.publishedIdea();
            var comment = write(id, resident("rolf"), "Kjøp heller nye bøker.", null);

            report(id, comment.id(), resident("siri"), "Usakleg.");

            assertTrue(threads(id, null).threads().get(0).comment().hidden());
        } finally {
            ideas.useModeration("post");
        }
        assertEquals(3, ((Number) client.toBlocking().retrieve(HttpRequest.GET("/municipalities/1833/settings")
            .bearerAuth(ideas.staffToken()), Map.class).get("reportThreshold")).intValue());
    }

    @Test
    void badInputGivesAProblemNamingTheFieldAndStoresNothing() throws Exception {
        var id = ideas.publishedIdea();
        var comment = write(id, resident("tor"), "Fint.", null);
        var messages = count("select count(*) from outbox_message");

        assertEquals("body", firstField(proposals.refused(post(id, resident("tor"), Map.of("body", " ")))));
        assertEquals("body", firstField(proposals.refused(post(id, resident("tor"), Map.of("body", "å".repeat(2001))))));
        assertEquals("body", firstField(proposals.refused(edit(id, comment.id(), resident("tor"), "å".repeat(2001)))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments/" + comment.id()
            + "/reports", Map.of("reason", "x".repeat(501))).bearerAuth(resident("una")))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments/" + comment.id()
            + "/hiding", Map.of("reason", "")).bearerAuth(ideas.staffToken()))));
        var hidden = write(id, resident("tor"), "Skjult.", null);
        staff(id, hidden.id(), "/hiding", Map.of("reason", "Vi ser på det."));
        messages = count("select count(*) from outbox_message");
        var comments = count("select count(*) from idea_comment");
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments/" + hidden.id()
            + "/restoring", Map.of()).bearerAuth(ideas.staffToken()))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments/" + hidden.id()
            + "/restoring", Map.of("reason", "x".repeat(501))).bearerAuth(ideas.staffToken()))));
        assertEquals("reportThreshold", firstField(proposals.refused(HttpRequest.PUT("/municipalities/1833/settings",
            Map.of("moderation", "post", "reportThreshold", 0)).bearerAuth(ideas.adminToken()))));

        assertEquals(comments, count("select count(*) from idea_comment"));
        assertEquals(messages, count("select count(*) from outbox_message"));
        assertEquals(0, count("select count(*) from comment_report where comment_id = '" + comment.id() + "'"));
        var stored = threads(id, null).threads().get(0).comment();
        assertEquals("Fint.", stored.body());
        assertFalse(stored.hidden());
        assertTrue(threads(id, ideas.staffToken()).threads().get(1).comment().hidden(), "a refused restoring restores nothing");
    }

    @Test
    void htmlScriptsEmojiNynorskAndSamiTextRoundTripExactly() throws Exception {
        var id = ideas.publishedIdea();

        var response = client.toBlocking().exchange(post(id, resident("vilde"), Map.of("body", TRICKY_BODY)),
            CommentView.class);

        assertEquals(HttpStatus.CREATED, response.status());
        assertEquals(TRICKY_BODY, response.body().body());
        assertEquals(TRICKY_BODY, threads(id, null).threads().get(0).comment().body());
        assertEquals(TRICKY_BODY, EnvelopeCodec.payload(message(id, "comment-added", 0), ProposalsMessages.COMMENT_ADDED)
            .body());
    }

    @Test
    void aWithdrawnIdeaKeepsItsDiscussionButTakesNoNewComments() {
        var id = ideas.publishedIdea();
        write(id, resident("wenche"), "Synd om det blir trekt.", null);
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/withdrawal", "").bearerAuth(ideas.authorToken()));

        var problem = proposals.refused(post(id, resident("wenche"), Map.of("body", "Kvifor?")));

        assertEquals(409, problem.get("status"));
        assertEquals("https://samskap.no/problems/comment-refused", problem.get("type"));
        assertEquals(1, threads(id, null).threads().size());
    }

    @Test
    void residentsOfAnotherMunicipalityMayReadButNotComment() {
        var id = ideas.publishedIdea();
        write(id, resident("xander"), "Heia Rana!", null);
        var oddaResident = tokens.resident("odda-resident", "4618");

        assertEquals(403, proposals.refused(post(id, oddaResident, Map.of("body", "Heia frå Odda!"))).get("status"));
        assertEquals(1, threads(id, oddaResident).threads().size());
    }

    private String resident(String name) {
        return tokens.resident("comments-" + name, IdeaFixtures.MUNICIPALITY);
    }

    private CommentView write(String ideaId, String token, String body, String parentId) {
        var request = new HashMap<String, String>(Map.of("body", body));
        if (parentId != null) {
            request.put("parentId", parentId);
        }
        var response = client.toBlocking().exchange(post(ideaId, token, request), CommentView.class);
        assertEquals(HttpStatus.CREATED, response.status());
        return response.body();
    }

    private static HttpRequest<?> post(String ideaId, String token, Map<String, String> body) {
        return HttpRequest.POST("/ideas/" + ideaId + "/comments", body).bearerAuth(token);
    }

    private static HttpRequest<?> edit(String ideaId, String commentId, String token, String body) {
        return HttpRequest.PATCH("/ideas/" + ideaId + "/comments/" + commentId, Map.of("body", body)).bearerAuth(token);
    }

    private void report(String ideaId, String commentId, String token, String reason) {
        var response = client.toBlocking().exchange(HttpRequest.POST("/ideas/" + ideaId + "/comments/" + commentId
            + "/reports", Map.of("reason", reason)).bearerAuth(token));
        assertEquals(HttpStatus.NO_CONTENT, response.status());
    }

    private CommentView staff(String ideaId, String commentId, String action, Map<String, String> body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + ideaId + "/comments/" + commentId + action, body)
            .bearerAuth(ideas.staffToken()), CommentView.class);
    }

    private CommentView.Threads threads(String ideaId, String token) {
        var request = HttpRequest.GET("/ideas/" + ideaId + "/comments");
        return client.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), CommentView.Threads.class);
    }

    private IdeaView idea(String id) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id), IdeaView.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> putSettings(Map<String, Object> settings) {
        return client.toBlocking().retrieve(HttpRequest.PUT("/municipalities/1833/settings", settings)
            .bearerAuth(ideas.adminToken()), Map.class);
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> commentMessageTypes(String ideaId) throws Exception {
        return envelopes(ideaId, "message_type like 'comment-%'").stream().map(Envelope::type).toList();
    }

    private Envelope message(String ideaId, String type, int index) throws Exception {
        return envelopes(ideaId, "message_type = '" + type + "'").get(index);
    }

    private List<Envelope> envelopes(String ideaId, String condition) throws Exception {
        try (var connection = proposals.connect();
             var statement = connection.prepareStatement("select envelope from outbox_message where message_key = ? and "
                 + condition + " order by seq")) {
            statement.setString(1, ideaId);
            var envelopes = new ArrayList<Envelope>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(EnvelopeCodec.fromJson(rows.getString(1)));
                }
            }
            return envelopes;
        }
    }
}
