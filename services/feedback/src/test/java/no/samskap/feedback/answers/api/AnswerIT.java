package no.samskap.feedback.answers.api;

import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerIT {

    private static final String RANA = "1833";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

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
    void staffAnswerPubliclyOnTimeAndTheAuthorIsToldWithoutBeingNamedInTheAnswer() throws SQLException {
        var id = fixtures.unitFeedback("answer-author-1", false);

        var answered = answer(id, tokens.staff("rana-staff", RANA), "Vi prøver søndagsåpent i mars.", true);

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) answered.get("answer");
        assertEquals(List.of("Vi prøver søndagsåpent i mars.", true, true),
            List.of(answer.get("text"), answer.get("publicAnswer"), answer.get("onTime")));
        assertEquals(List.of("feedback-given", "feedback-answered"), feedback.outboxTypesFor(id));
        var message = rows.outbox(id, "feedback-answered").get(0);
        assertTrue(message.contains("Vi prøver søndagsåpent i mars.") && message.contains("\"onTime\":true"), message);
        assertFalse(message.contains("answer-author-1"), "the message names nobody: " + message);
        var notice = rows.outbox("answer-author-1", "person-notified").get(0);
        assertTrue(notice.contains("\"kind\":\"answered\"") && notice.contains("/tilbakemeldinger/" + id), notice);
    }

    @Test
    void aPrivateAnswerNeverReachesAMessage() {
        var id = fixtures.unitFeedback("answer-author-2", false);

        answer(id, tokens.staff("rana-staff", RANA), "Ring meg gjerne på 75 00 00 00, hilsen biblioteksjefen.", false);

        var outbox = rows.wholeOutbox();
        assertFalse(outbox.contains("75 00 00 00"), "the private answer left the service: " + outbox);
        var message = rows.outbox(id, "feedback-answered").get(0);
        assertTrue(message.contains("\"publicAnswer\":false") && message.contains("\"text\":null"), message);
        assertEquals("Ring meg gjerne på 75 00 00 00, hilsen biblioteksjefen.",
            rows.text("select answer_text from feedback where id = '" + id + "'"));
    }

    @Test
    void aLaterAnswerReplacesTheEarlierAndIsLateAfterTheCommittedDate() {
        var id = fixtures.unitFeedback("answer-author-3", false);
        fixtures.execute("update feedback set respond_by = '" + TODAY.minusDays(1) + "' where id = '" + id + "'");
        var staff = tokens.staff("rana-staff", RANA);
        answer(id, staff, "Første svar.", false);

        var answered = answer(id, staff, "Andre svar, offentlig.", true);

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) answered.get("answer");
        assertEquals(List.of("Andre svar, offentlig.", false), List.of(answer.get("text"), answer.get("onTime")));
        assertEquals("Andre svar, offentlig.", rows.text("select answer_text from feedback where id = '" + id + "'"));
        assertEquals("false", rows.text("select answered_on_time::text from feedback where id = '" + id + "'"));
    }

    @Test
    void nobodyButTheStaffOfTheMunicipalityAnswersAndNothingChangesWhenRefused() throws SQLException {
        var id = fixtures.unitFeedback("answer-author-4", false);
        var body = Map.<String, Object>of("text", "Svar.", "publicAnswer", true);

        for (var token : List.of(tokens.resident("answer-author-4", RANA), tokens.resident("someone", RANA),
            tokens.staff("ullensvang-staff", "4618"))) {
            var problem = feedback.refused(HttpRequest.POST("/feedback/" + id + "/answer", body).bearerAuth(token));
            assertEquals(403, problem.get("status"));
        }
        assertEquals(401, feedback.statusOf(HttpRequest.POST("/feedback/" + id + "/answer", body)));

        assertNull(rows.text("select answer_text from feedback where id = '" + id + "'"));
        assertEquals(List.of("feedback-given"), feedback.outboxTypesFor(id));
    }

    @Test
    void anAnswerWithoutTextOrWithoutSayingWhetherItIsPublicIsRefusedNamingTheField() {
        var id = fixtures.unitFeedback("answer-author-5", false);
        var staff = tokens.staff("rana-staff", RANA);

        var noText = feedback.refused(HttpRequest.POST("/feedback/" + id + "/answer",
            Map.of("text", "  ", "publicAnswer", true)).bearerAuth(staff));
        var noChoice = feedback.refused(HttpRequest.POST("/feedback/" + id + "/answer",
            Map.of("text", "Svar.")).bearerAuth(staff));

        assertEquals(List.of(400, "text"), List.of(noText.get("status"), ApplicationUnderTest.firstField(noText)));
        assertEquals(List.of(400, "publicAnswer"),
            List.of(noChoice.get("status"), ApplicationUnderTest.firstField(noChoice)));
        assertEquals(404, feedback.statusOf(HttpRequest.POST("/feedback/not-an-id/answer",
            Map.of("text", "Svar.", "publicAnswer", true)).bearerAuth(staff)));
    }

    @Test
    void staffMoveTheResponseDateWithAReasonAndTheAuthorIsTold() throws SQLException {
        var id = fixtures.unitFeedback("answer-author-6", false);
        var later = TODAY.plusDays(30);

        var moved = feedback.client().toBlocking().retrieve(HttpRequest.PUT("/feedback/" + id + "/response-date",
            Map.of("respondBy", later.toString(), "reason", "Vi venter på budsjettet."))
            .bearerAuth(tokens.staff("rana-staff", RANA)), Map.class);

        assertEquals(later.toString(), moved.get("respondBy"));
        assertEquals(later.toString(), rows.text("select respond_by::text from feedback where id = '" + id + "'"));
        assertEquals(List.of("feedback-given", "feedback-response-date-changed"), feedback.outboxTypesFor(id));
        var notice = rows.outbox("answer-author-6", "person-notified").get(0);
        assertTrue(notice.contains("\"kind\":\"response-date-changed\"")
            && notice.contains("Vi venter på budsjettet."), notice);
    }

    @Test
    void aResponseDateInThePastOrWithoutAReasonIsRefused() {
        var id = fixtures.unitFeedback("answer-author-7", false);
        var staff = tokens.staff("rana-staff", RANA);

        var past = feedback.refused(HttpRequest.PUT("/feedback/" + id + "/response-date",
            Map.of("respondBy", TODAY.minusDays(1).toString(), "reason", "Glemte det.")).bearerAuth(staff));
        var noReason = feedback.refused(HttpRequest.PUT("/feedback/" + id + "/response-date",
            Map.of("respondBy", TODAY.plusDays(3).toString())).bearerAuth(staff));
        var elsewhere = feedback.refused(HttpRequest.PUT("/feedback/" + id + "/response-date",
            Map.of("respondBy", TODAY.plusDays(3).toString(), "reason", "Hm.")).bearerAuth(
            tokens.staff("ullensvang-staff", "4618")));

        assertEquals(List.of(422, "respondBy", "https://samskap.no/problems/date-passed"),
            List.of(past.get("status"), ApplicationUnderTest.firstField(past), past.get("type")));
        assertEquals(List.of(400, "reason"), List.of(noReason.get("status"), ApplicationUnderTest.firstField(noReason)));
        assertEquals(403, elsewhere.get("status"));
    }

    @Test
    void aResponseDateYearsAheadOrWithAFiveDigitYearIsRefusedNamingRespondBy() {
        var id = fixtures.unitFeedback("answer-author-8", false);
        var staff = tokens.staff("rana-staff", RANA);

        for (var respondBy : List.of(TODAY.plusYears(5).plusDays(1).toString(), "+10000-01-01", "+5874898-01-01",
            "+999999999-12-31")) {
            var refused = feedback.refused(HttpRequest.PUT("/feedback/" + id + "/response-date",
                Map.of("respondBy", respondBy, "reason", "Om lenge.")).bearerAuth(staff));

            assertEquals(List.of(400, "respondBy"), List.of(refused.get("status"), ApplicationUnderTest.firstField(refused)),
                respondBy);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> answer(String id, String token, String text, boolean publicAnswer) {
        return feedback.client().toBlocking().retrieve(HttpRequest.POST("/feedback/" + id + "/answer",
            Map.of("text", text, "publicAnswer", publicAnswer)).bearerAuth(token), Map.class);
    }
}
