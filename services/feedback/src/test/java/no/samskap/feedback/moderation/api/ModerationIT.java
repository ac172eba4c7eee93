package no.samskap.feedback.moderation.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.contract.municipalities.PersonUnblocked;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.feedback.FeedbackRows;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationIT {

    private static final String RANA = "1833";
    private static final String ULLENSVANG = "4618";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest feedback;
    private FeedbackFixtures fixtures;
    private FeedbackRows rows;

    @BeforeAll
    void start(ApplicationUnderTest feedback, TestInfrastructure infrastructure) {
        this.feedback = feedback;
        this.fixtures = new FeedbackFixtures(feedback, infrastructure);
        this.rows = new FeedbackRows(feedback);
        fixtures.describedMunicipality(RANA);
        // The first feedback given to a cold service on a busy machine may outlast the client's read timeout.
        eventually(() -> fixtures.unitFeedback("warm-up", false));
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void reportsUpToTheMunicipalitysThresholdHideTheFeedbackPendingReviewAndTheAuthorIsTold() throws SQLException {
        threshold(2);
        var id = fixtures.unitFeedback("reported-author", false);

        report(id, tokens.resident("reporter-1", RANA), "Personangrep på en ansatt.");
        report(id, tokens.resident("reporter-1", RANA), "Samme person igjen.");
        assertEquals("visible", read(id, null).get("status"), "one person's reports count once");
        report(id, tokens.resident("reporter-2", RANA), "Stygt språk.");

        assertEquals(404, feedback.statusOf(HttpRequest.GET("/feedback/" + id)));
        var seenByAuthor = read(id, tokens.resident("reported-author", RANA));
        assertEquals(List.of("hidden", "Hidden pending review after 2 reports."),
            List.of(seenByAuthor.get("status"), seenByAuthor.get("hiddenReason")));
        assertEquals(List.of("feedback-given", "feedback-hidden"), feedback.outboxTypesFor(id));
        var hidden = rows.outbox(id, "feedback-hidden").get(0);
        assertTrue(hidden.contains("\"cause\":\"moderation\""), hidden);
        assertFalse(hidden.contains("reporter-") || hidden.contains("Stygt språk"), "reports never travel: " + hidden);
        var notice = rows.outbox("reported-author", "person-notified").get(0);
        assertTrue(notice.contains("\"kind\":\"hidden\""), notice);
        var waiting = queue(tokens.staff("rana-staff", RANA)).stream()
            .filter(one -> id.equals(one.get("feedbackId"))).findFirst().orElseThrow();
        assertEquals(List.of(2, List.of("Personangrep på en ansatt.", "Stygt språk."), "hidden"),
            List.of(waiting.get("openReports"), waiting.get("reportReasons"), waiting.get("status")));
        threshold(3);
    }

    @Test
    void nobodyReportsTheirOwnFeedbackAndAReportNeedsAReason() {
        var id = fixtures.unitFeedback("own-reporter", false);

        var own = feedback.refused(HttpRequest.POST("/feedback/" + id + "/reports", Map.of("reason", "Angrer."))
            .bearerAuth(tokens.resident("own-reporter", RANA)));
        var noReason = feedback.refused(HttpRequest.POST("/feedback/" + id + "/reports", Map.of())
            .bearerAuth(tokens.resident("someone-else", RANA)));

        assertEquals(List.of(422, "https://samskap.no/problems/own-feedback"), List.of(own.get("status"),
            own.get("type")));
        assertEquals(List.of(400, "reason"), List.of(noReason.get("status"), ApplicationUnderTest.firstField(noReason)));
    }

    @Test
    void staffHideAndRestoreWithReasonsTheAuthorReadsAndNobodyElseMay() throws SQLException {
        var id = fixtures.unitFeedback("hidden-author", false);
        var body = Map.of("reason", "Inneholder et telefonnummer.");
        for (var token : List.of(tokens.resident("someone", RANA), tokens.staff("ullensvang-staff", ULLENSVANG))) {
            assertEquals(403, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/hiding", body)
                .bearerAuth(token)));
        }
        assertEquals(List.of("feedback-given"), feedback.outboxTypesFor(id), "a refused hiding changes nothing");

        var hidden = post(id + "/hiding", body, tokens.staff("rana-staff", RANA));
        var restored = post(id + "/restoration", Map.of("reason", "Nummeret var bibliotekets eget."),
            tokens.staff("rana-staff", RANA));

        assertEquals(List.of("hidden", "Inneholder et telefonnummer."), List.of(hidden.get("status"),
            hidden.get("hiddenReason")));
        assertEquals("visible", restored.get("status"));
        assertEquals(List.of("feedback-given", "feedback-hidden", "feedback-restored"), feedback.outboxTypesFor(id));
        var notices = rows.outbox("hidden-author", "person-notified");
        assertTrue(notices.get(0).contains("Inneholder et telefonnummer.")
            && notices.get(1).contains("\"kind\":\"restored\"")
            && notices.get(1).contains("Nummeret var bibliotekets eget."), notices.toString());
        assertEquals(409, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/restoration", body)
            .bearerAuth(tokens.staff("rana-staff", RANA))), "visible feedback cannot be restored");
    }

    @Test
    void theAuthorAppealsOnceAndAnotherModeratorThanTheOneWhoHidItDecides() throws SQLException {
        var id = fixtures.unitFeedback("appealing-author", false);
        var author = tokens.resident("appealing-author", RANA);
        post(id + "/hiding", Map.of("reason", "Usaklig."), tokens.staff("moderator-a", RANA));

        assertEquals(404, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/appeal", Map.of("text", "Hei."))
            .bearerAuth(tokens.resident("someone", RANA))), "hidden feedback does not exist for others");
        assertEquals(201, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/appeal",
            Map.of("text", "Jeg skrev bare hva jeg opplevde.")).bearerAuth(author)));
        assertEquals(409, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/appeal",
            Map.of("text", "En gang til.")).bearerAuth(author)));
        var decision = Map.<String, Object>of("restore", true, "reason", "Saklig kritikk av åpningstidene.");
        var same = feedback.refused(HttpRequest.POST("/feedback/" + id + "/appeal/decision", decision)
            .bearerAuth(tokens.staff("moderator-a", RANA)));
        assertEquals(List.of(403, "https://samskap.no/problems/same-moderator"), List.of(same.get("status"),
            same.get("type")));

        var decided = post(id + "/appeal/decision", decision, tokens.staff("moderator-b", RANA));

        assertEquals(true, ((Map<?, ?>) decided.get("decision")).get("restore"));
        assertEquals("visible", read(id, null).get("status"));
        assertEquals(List.of("feedback-given", "feedback-hidden", "feedback-restored"), feedback.outboxTypesFor(id));
        assertFalse(rows.wholeOutbox().contains("Jeg skrev bare"), "the appeal's words never travel");
        var notices = rows.outbox("appealing-author", "person-notified");
        assertTrue(notices.get(1).contains("\"kind\":\"appeal-decided\"")
            && notices.get(1).contains("Saklig kritikk av åpningstidene."), notices.toString());
        assertEquals(409, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/appeal/decision", decision)
            .bearerAuth(tokens.staff("moderator-c", RANA))), "an appeal is decided once");
    }

    @Test
    void aBlockedAuthorsFeedbackIsHiddenUntilTheBlockIsLiftedExceptWhatAModeratorHid() throws SQLException {
        var author = "blocked-author";
        var shown = fixtures.unitFeedback(author, false);
        var moderated = fixtures.unitFeedback(author, false);
        post(moderated + "/hiding", Map.of("reason", "Usaklig."), tokens.staff("rana-staff", RANA));

        fixtures.kafka().send(MunicipalityMessages.PERSON_BLOCKED, UUID.randomUUID(), Instant.now(), RANA,
            MunicipalityMessages.personBlockId(RANA, author), new PersonBlocked(author, RANA, Instant.now()));

        eventually(() -> assertEquals(404, feedback.statusOf(HttpRequest.GET("/feedback/" + shown))));
        assertTrue(rows.outbox(shown, "feedback-hidden").get(0).contains("\"cause\":\"author-blocked\""));
        assertEquals(409, feedback.statusOf(HttpRequest.POST("/feedback/" + shown + "/restoration",
            Map.of("reason", "Ser greit ut.")).bearerAuth(tokens.staff("rana-staff", RANA))));
        assertEquals(409, feedback.statusOf(HttpRequest.POST("/feedback/" + shown + "/appeal",
            Map.of("text", "Hvorfor?")).bearerAuth(tokens.resident(author, ULLENSVANG))));

        fixtures.kafka().send(MunicipalityMessages.PERSON_UNBLOCKED, UUID.randomUUID(), Instant.now(), RANA,
            MunicipalityMessages.personBlockId(RANA, author), new PersonUnblocked(author, RANA, Instant.now()));

        eventually(() -> assertEquals(200, feedback.statusOf(HttpRequest.GET("/feedback/" + shown))));
        assertEquals(404, feedback.statusOf(HttpRequest.GET("/feedback/" + moderated)));
        assertEquals(List.of("feedback-given", "feedback-hidden", "feedback-restored"),
            feedback.outboxTypesFor(shown));
        assertEquals(List.of("feedback-given", "feedback-hidden"), feedback.outboxTypesFor(moderated));
        assertTrue(rows.outbox(shown, "feedback-restored").get(0).contains("\"cause\":\"author-blocked\""));
    }

    @Test
    void theThresholdIsTheMunicipalitysOwnSetByItsAdminsOnly() {
        var staff = tokens.staff("rana-staff", RANA);
        assertEquals(3, feedback.client().toBlocking().retrieve(HttpRequest.GET("/municipalities/" + ULLENSVANG
            + "/feedback-settings").bearerAuth(tokens.staff("u-staff", ULLENSVANG)), Map.class)
            .get("reportThreshold"), "the default is proposals' default");

        assertEquals(403, feedback.statusOf(HttpRequest.PUT("/municipalities/" + RANA + "/feedback-settings",
            Map.of("reportThreshold", 5)).bearerAuth(staff)));
        assertEquals(403, feedback.statusOf(HttpRequest.PUT("/municipalities/" + RANA + "/feedback-settings",
            Map.of("reportThreshold", 5)).bearerAuth(tokens.admin("u-admin", ULLENSVANG))));
        var zero = feedback.refused(HttpRequest.PUT("/municipalities/" + RANA + "/feedback-settings",
            Map.of("reportThreshold", 0)).bearerAuth(tokens.admin("rana-admin", RANA)));
        assertEquals(List.of(400, "reportThreshold"), List.of(zero.get("status"), ApplicationUnderTest.firstField(zero)));
    }

    @Test
    void theModerationQueueIsForTheMunicipalitysStaff() {
        assertEquals(403, feedback.statusOf(HttpRequest.GET("/moderation/feedback?municipality=" + RANA)
            .bearerAuth(tokens.staff("ullensvang-staff", ULLENSVANG))));
        assertEquals(403, feedback.statusOf(HttpRequest.GET("/moderation/feedback?municipality=" + RANA)
            .bearerAuth(tokens.resident("someone", RANA))));
        var missing = feedback.refused(HttpRequest.GET("/moderation/feedback")
            .bearerAuth(tokens.staff("rana-staff", RANA)));
        assertEquals(List.of(400, "municipality"), List.of(missing.get("status"),
            ApplicationUnderTest.firstField(missing)));
    }

    private void threshold(int reports) {
        feedback.client().toBlocking().exchange(HttpRequest.PUT("/municipalities/" + RANA + "/feedback-settings",
            Map.of("reportThreshold", reports)).bearerAuth(tokens.admin("rana-admin", RANA)));
    }

    private void report(String id, String token, String reason) {
        assertEquals(204, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/reports", Map.of("reason", reason))
            .bearerAuth(token)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String id, String token) {
        var request = HttpRequest.GET("/feedback/" + id);
        return feedback.client().toBlocking().retrieve(token == null ? request : request.bearerAuth(token), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, Map<String, ?> body, String token) {
        return feedback.client().toBlocking().retrieve(HttpRequest.POST("/feedback/" + path, body).bearerAuth(token),
            Map.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Map<String, Object>> queue(String token) {
        return (List) feedback.client().toBlocking().retrieve(HttpRequest.GET("/moderation/feedback?municipality="
            + RANA).bearerAuth(token), Argument.listOf(Map.class));
    }
}
