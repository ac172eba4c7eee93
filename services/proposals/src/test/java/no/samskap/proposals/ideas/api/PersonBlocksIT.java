package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.problem.Problem;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.proposals.ideas.messaging.OutboxIdeaMessages;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonBlocksIT {

    private static final String BLOCKED = "/problems/blocked";

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
    void aBlockedPersonsWritesAreRefusedAndTheirContentIsHiddenFromThePublicUntilTheBlockIsLifted() throws Exception {
        var troll = resident("troll");
        var trollsIdea = submit(troll);
        var otherIdea = ideas.publishedIdea();
        var trollsComment = (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + otherIdea + "/comments",
            Map.of("body", "Ingen bryr seg.")).bearerAuth(troll), Map.class).get("id");

        assertEquals(HttpStatus.NO_CONTENT, block("moderation-troll", "Gjentekne personangrep.").status());

        assertTrue(typeOf(HttpRequest.POST("/ideas", idea()).bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.PUT("/ideas/" + otherIdea + "/support", "").bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.POST("/ideas/" + otherIdea + "/comments", Map.of("body", "Hei."))
            .bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.POST("/ideas/" + otherIdea + "/reports", Map.of("reason", "Dumt."))
            .bearerAuth(troll)).endsWith(BLOCKED));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea)));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(resident("nabo"))));
        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(troll)));
        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea).bearerAuth(ideas.staffToken())));
        var seenByPublic = threads(otherIdea, null).threads().get(0).comment();
        assertEquals(trollsComment, seenByPublic.id());
        assertNull(seenByPublic.body());
        assertEquals("Ingen bryr seg.", threads(otherIdea, troll).threads().get(0).comment().body());
        assertEquals(0, count("select count(*) from outbox_message where envelope::text like '%personangrep%'"));

        assertEquals(HttpStatus.NO_CONTENT, client.toBlocking().exchange(HttpRequest.DELETE(blockPath("moderation-troll"))
            .bearerAuth(ideas.adminToken())).status());

        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + trollsIdea)));
        assertEquals("Ingen bryr seg.", threads(otherIdea, null).threads().get(0).comment().body());
        assertEquals(201, proposals.statusOf(HttpRequest.POST("/ideas/" + otherIdea + "/comments", Map.of("body", "Orsak."))
            .bearerAuth(troll)));
    }

    @Test
    void aBlockedAuthorsSubmissionAndItsRetryAreRefusedAsEveryOtherWriteIsAndLeaveNothingBehind() throws Exception {
        var troll = resident("submitting-troll");
        var retry = HttpRequest.POST("/ideas", Map.of("title", "Alt er dumt", "body", "Stengj alt.",
            "serviceArea", "kulturhus")).header(IdempotencyKey.HEADER, "troll-retry").bearerAuth(troll);
        client.toBlocking().exchange(retry);
        block("moderation-submitting-troll", "Spam.");
        var ideasBefore = count("select count(*) from idea where author_id = 'moderation-submitting-troll'");
        var trollsMessages = "select count(*) from outbox_message where envelope::text like '%submitting-troll%'";
        var messagesBefore = count(trollsMessages);

        var expected = Map.<String, Object>of("type", Problem.TYPE_BASE + "blocked", "title", "Blocked", "status", 403,
            "detail", "You cannot write in this municipality.", "instance", "/ideas");
        assertEquals(expected, problem(HttpRequest.POST("/ideas", idea()).bearerAuth(troll)));
        assertEquals(expected, problem(retry));
        assertEquals(ideasBefore, count("select count(*) from idea where author_id = 'moderation-submitting-troll'"));
        assertEquals(messagesBefore, count(trollsMessages));
    }

    @Test
    void aBlockSavedWhileTheAuthorsSubmissionIsBeingWrittenWaitsForItAndThenHidesTheNewIdea() throws Exception {
        var troll = resident("racing-troll");
        CompletableFuture<String> submission;
        CompletableFuture<HttpStatus> blocking;
        try (var stall = proposals.connect()) {
            stall.setAutoCommit(false);
            stall.createStatement().execute("lock table idea in share mode");
            submission = CompletableFuture.supplyAsync(() -> submit(troll));
            eventually(() -> assertEquals(1, sessionsWaitingForALock()));
            blocking = CompletableFuture.supplyAsync(() -> block("moderation-racing-troll", "Spam.").status());
            eventually(() -> assertTrue(blocking.isDone() || sessionsWaitingForALock() == 2));
            stall.commit();
        }

        var ideaId = submission.get(30, TimeUnit.SECONDS);
        assertEquals(HttpStatus.NO_CONTENT, blocking.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(ideaId, "idea-hidden"));
        unblock("moderation-racing-troll");
    }

    @Test
    void aBlockedPersonMayNeitherEditTheirIdeaOrCommentNorTakeSupportBackNorReportAComment() throws Exception {
        var troll = resident("quiet-troll");
        var trollsIdea = submit(troll);
        var otherIdea = ideas.publishedIdea();
        var trollsComment = (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + otherIdea + "/comments",
            Map.of("body", "Eg er imot.")).bearerAuth(troll), Map.class).get("id");
        var neighboursComment = (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + otherIdea
            + "/comments", Map.of("body", "Eg er for.")).bearerAuth(resident("quiet-neighbour")), Map.class).get("id");
        client.toBlocking().exchange(HttpRequest.PUT("/ideas/" + otherIdea + "/support", "").bearerAuth(troll));
        block("moderation-quiet-troll", "Trakassering.");
        var messages = count("select count(*) from outbox_message");

        assertTrue(typeOf(HttpRequest.PATCH("/ideas/" + trollsIdea, Map.of("title", "Fleire konsertar likevel"))
            .bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.PATCH("/ideas/" + otherIdea + "/comments/" + trollsComment,
            Map.of("body", "Eg er sterkt imot.")).bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.DELETE("/ideas/" + otherIdea + "/support").bearerAuth(troll)).endsWith(BLOCKED));
        assertTrue(typeOf(HttpRequest.POST("/ideas/" + otherIdea + "/comments/" + neighboursComment + "/reports",
            Map.of("reason", "Dumt.")).bearerAuth(troll)).endsWith(BLOCKED));

        assertEquals(messages, count("select count(*) from outbox_message"));
        assertEquals(1, count("select count(*) from idea where id = '" + trollsIdea + "' and title = 'Ingen fleire konsertar'"));
        assertEquals(1, count("select count(*) from idea_comment where id = '" + trollsComment + "' and body = 'Eg er imot.'"));
        assertEquals(1, count("select count(*) from idea_support where idea_id = '" + otherIdea + "'"));
        assertEquals(0, count("select count(*) from comment_report where comment_id = '" + neighboursComment + "'"));
        unblock("moderation-quiet-troll");
    }

    @Test
    void blockingHidesEachPublicIdeaAndVisibleCommentOfThePersonFromTheBoardAsCausedByTheBlock() throws Exception {
        var troll = resident("board-troll");
        var first = submit(troll);
        var second = submit(troll);
        var hiddenByModerator = submit(troll);
        hide(hiddenByModerator);
        var otherIdea = ideas.publishedIdea();
        var comment = ideas.commentOn(otherIdea, troll, "Ingen bryr seg.");

        block("moderation-board-troll", "Gjentekne personangrep.");

        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(first, "idea-hidden"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(second, "idea-hidden"));
        assertEquals(List.of(HidingCause.MODERATION), causes(hiddenByModerator, "idea-hidden"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(otherIdea, "comment-hidden"));
        var hidden = payload(first, "idea-hidden", ProposalsMessages.IDEA_HIDDEN).get(0);
        assertEquals(OutboxIdeaMessages.HIDDEN_WHILE_AUTHOR_BLOCKED, hidden.reason());
        assertEquals("fixture-admin", hidden.hiddenBy());
        assertEquals(comment, payload(otherIdea, "comment-hidden", ProposalsMessages.COMMENT_HIDDEN).get(0).commentId());
        assertEquals(List.of(), causes(otherIdea, "idea-hidden"));
        assertEquals(0, count("select count(*) from outbox_message where envelope::text like '%personangrep%'"));
    }

    @Test
    void liftingTheBlockRestoresExactlyWhatTheBlockHidWhileAModeratorsHidingStands() throws Exception {
        var troll = resident("lift-troll");
        var shown = submit(troll);
        var hiddenByModerator = submit(troll);
        hide(hiddenByModerator);
        var otherIdea = ideas.publishedIdea();
        ideas.commentOn(otherIdea, troll, "Ingen bryr seg.");
        block("moderation-lift-troll", "Spam.");

        unblock("moderation-lift-troll");

        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(shown, "idea-restored"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED), causes(otherIdea, "comment-restored"));
        assertEquals(List.of(), causes(hiddenByModerator, "idea-restored"));
        assertEquals(List.of("idea-hidden"), types(hiddenByModerator, "idea-hidden", "idea-restored"));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + hiddenByModerator)));
    }

    @Test
    void anIdeaAModeratorRestoresWhileItsAuthorIsBlockedStaysOffTheBoardUntilTheBlockIsLifted() throws Exception {
        var troll = resident("restored-troll");
        var idea = submit(troll);
        hide(idea);
        block("moderation-restored-troll", "Spam.");

        staff("/ideas/" + idea + "/restoring", Map.of("reason", "Gjennomgått og i orden."));

        assertEquals(List.of("idea-hidden", "idea-restored", "idea-hidden"), types(idea, "idea-hidden", "idea-restored"));
        assertEquals(List.of(HidingCause.MODERATION, HidingCause.AUTHOR_BLOCKED), causes(idea, "idea-hidden"));

        unblock("moderation-restored-troll");

        assertEquals(List.of(HidingCause.MODERATION, HidingCause.AUTHOR_BLOCKED), causes(idea, "idea-restored"));
    }

    @Test
    void whileTheAuthorIsBlockedAModeratorsHidingTakesOverFromTheBlockSoHidingsAndRestoringsAlternate() throws Exception {
        var troll = resident("alternate-troll");
        var idea = submit(troll);
        var otherIdea = ideas.publishedIdea();
        var comment = ideas.commentOn(otherIdea, troll, "Ingen bryr seg.");
        block("moderation-alternate-troll", "Spam.");

        hide(idea);
        staff("/ideas/" + otherIdea + "/comments/" + comment + "/hiding", Map.of("reason", "Spam."));
        staff("/ideas/" + otherIdea + "/comments/" + comment + "/restoring", Map.of("reason", "Gjennomgått og i orden."));
        unblock("moderation-alternate-troll");

        assertEquals(List.of("idea-hidden", "idea-restored", "idea-hidden"), types(idea, "idea-hidden", "idea-restored"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED, HidingCause.MODERATION), causes(idea, "idea-hidden"));
        assertEquals(List.of("comment-hidden", "comment-restored", "comment-hidden", "comment-restored", "comment-hidden",
            "comment-restored"), types(otherIdea, "comment-hidden", "comment-restored"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED, HidingCause.MODERATION, HidingCause.AUTHOR_BLOCKED),
            causes(otherIdea, "comment-hidden"));
        assertEquals(List.of(HidingCause.AUTHOR_BLOCKED, HidingCause.MODERATION, HidingCause.AUTHOR_BLOCKED),
            causes(otherIdea, "comment-restored"));
    }

    @Test
    void blockingOrLiftingTwiceTellsTheBoardOnce() throws Exception {
        var troll = resident("twice-troll");
        var idea = submit(troll);

        block("moderation-twice-troll", "Spam.");
        block("moderation-twice-troll", "Spam, framleis.");
        unblock("moderation-twice-troll");
        unblock("moderation-twice-troll");

        assertEquals(List.of("idea-hidden", "idea-restored"), types(idea, "idea-hidden", "idea-restored"));
    }

    @Test
    void blockingTwiceKeepsOneBlockAndBadBlocksAreRefusedNamingTheField() throws Exception {
        block("moderation-twice", "Spam.");
        block("moderation-twice", "Spam, framleis.");

        assertEquals(1, count("select count(*) from person_block where subject = 'moderation-twice'"));
        assertEquals("reason", firstField(problem(HttpRequest.PUT(blockPath("moderation-x"), Map.of("reason", " "))
            .bearerAuth(ideas.adminToken()))));
        assertEquals("reason", firstField(problem(HttpRequest.PUT(blockPath("moderation-x"),
            Map.of("reason", "x".repeat(501))).bearerAuth(ideas.adminToken()))));
        assertEquals("subject", firstField(problem(HttpRequest.PUT(blockPath("fixture-admin"), Map.of("reason", "Meg."))
            .bearerAuth(ideas.adminToken()))));
        assertEquals(0, count("select count(*) from person_block where subject in ('moderation-x', 'fixture-admin')"));
    }

    @Test
    void everyServiceIsToldWhoIsBlockedAndUnblockedButNeverWhyNorByWhom() throws Exception {
        block("moderation-told-troll", "Sjikane i kommentarfeltet.");
        unblock("moderation-told-troll");

        var told = envelopes(IdeaFixtures.MUNICIPALITY + "/moderation-told-troll",
            List.of("person-blocked", "person-unblocked"));
        assertEquals(List.of("person-blocked", "person-unblocked"), told.stream().map(Envelope::type).toList());
        var blocked = EnvelopeCodec.payload(told.get(0), MunicipalityMessages.PERSON_BLOCKED);
        assertEquals("moderation-told-troll", blocked.personId());
        assertEquals(IdeaFixtures.MUNICIPALITY, blocked.municipality());
        assertEquals("person-block", told.get(0).aggregateType());
        assertTrue(told.stream().noneMatch(envelope -> envelope.payload().toString().contains("Sjikane")
            || envelope.payload().toString().contains("fixture-admin")));
    }

    @Test
    void aBlockedPersonIsRefusedAlsoOnWritesWhoseOwnRulesDoNotAskAboutBlocks() throws Exception {
        var troll = resident("follow-troll");
        var otherIdea = ideas.publishedIdea();
        block("moderation-follow-troll", "Spam.");

        var refusal = problem(HttpRequest.PUT("/ideas/" + otherIdea + "/follow", "").bearerAuth(troll));
        assertTrue(((String) refusal.get("type")).endsWith(BLOCKED));
        assertEquals("You cannot write in this municipality.", refusal.get("detail"));
        assertTrue(typeOf(HttpRequest.POST("/me/notifications/read", Map.of()).bearerAuth(troll)).endsWith(BLOCKED));
        assertEquals(200, proposals.statusOf(HttpRequest.GET("/ideas/" + otherIdea).bearerAuth(troll)));

        unblock("moderation-follow-troll");
        assertEquals(200, proposals.statusOf(HttpRequest.PUT("/ideas/" + otherIdea + "/follow", "").bearerAuth(troll)));
    }

    private String resident(String name) {
        return tokens.resident("moderation-" + name, IdeaFixtures.MUNICIPALITY);
    }

    private String submit(String token) {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/ideas", idea()).bearerAuth(token), Map.class)
            .get("id");
    }

    private static Map<String, String> idea() {
        return Map.of("title", "Ingen fleire konsertar", "body", "Stengj alt.", "serviceArea", "kulturhus");
    }

    private io.micronaut.http.HttpResponse<?> block(String subject, String reason) {
        return client.toBlocking().exchange(HttpRequest.PUT(blockPath(subject), Map.of("reason", reason))
            .bearerAuth(ideas.adminToken()));
    }

    private void unblock(String subject) {
        assertEquals(HttpStatus.NO_CONTENT, client.toBlocking().exchange(HttpRequest.DELETE(blockPath(subject))
            .bearerAuth(ideas.adminToken())).status());
    }

    private void hide(String ideaId) {
        staff("/ideas/" + ideaId + "/hiding", Map.of("reason", "Reklame."));
    }

    private void staff(String path, Map<String, String> body) {
        client.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(ideas.staffToken()));
    }

    private List<String> causes(String ideaId, String type) throws Exception {
        return envelopes(ideaId, List.of(type)).stream()
            .map(envelope -> {
                var payload = envelope.payload().get("cause");
                return payload == null || payload.isNull() ? null : payload.asText();
            }).toList();
    }

    private List<String> types(String ideaId, String... types) throws Exception {
        return envelopes(ideaId, List.of(types)).stream().map(Envelope::type).toList();
    }

    private <P> List<P> payload(String ideaId, String type, MessageType<P> messageType) throws Exception {
        return envelopes(ideaId, List.of(type)).stream().map(envelope -> EnvelopeCodec.payload(envelope, messageType))
            .toList();
    }

    private List<Envelope> envelopes(String ideaId, List<String> types) throws Exception {
        try (var connection = proposals.connect();
             var statement = connection.prepareStatement("select envelope from outbox_message where message_key = ?"
                 + " and message_type = any (?) order by seq")) {
            statement.setString(1, ideaId);
            statement.setArray(2, connection.createArrayOf("text", types.toArray()));
            var envelopes = new ArrayList<Envelope>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(EnvelopeCodec.fromJson(rows.getString(1)));
                }
            }
            return envelopes;
        }
    }

    private static String blockPath(String subject) {
        return "/municipalities/" + IdeaFixtures.MUNICIPALITY + "/blocked/" + subject;
    }

    private CommentView.Threads threads(String ideaId, String token) {
        var request = HttpRequest.GET("/ideas/" + ideaId + "/comments");
        return client.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), CommentView.Threads.class);
    }

    private String typeOf(HttpRequest<?> request) {
        var problem = problem(request);
        assertEquals(403, problem.get("status"));
        return (String) problem.get("type");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
        return failure.getResponse().getBody(Map.class).orElseThrow();
    }

    private long sessionsWaitingForALock() throws Exception {
        return count("select count(*) from pg_stat_activity where datname = current_database()"
            + " and wait_event_type = 'Lock'");
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
