package no.samskap.feedback.security;

import io.micronaut.http.HttpRequest;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.DailyWriteLimit;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.feedback.FeedbackFixtures.giving;
import static no.samskap.feedback.FeedbackFixtures.onUnit;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feedback service where Rana allows three writes a person a day: giving, editing and reporting feedback count
 * together, and the feedback over the limit stores nothing.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private ApplicationUnderTest feedback;
    private FeedbackFixtures fixtures;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        feedback = ApplicationUnderTest.start(FeedbackApplication.class, infrastructure, DailyWriteLimit.of(RANA, 3));
        fixtures = new FeedbackFixtures(feedback, infrastructure);
        fixtures.describedMunicipality(RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
        feedback.close();
    }

    @Test
    void countsGivingEditingAndReportingFeedbackTogetherAndStoresNothingOfTheFeedbackOverTheLimit()
        throws SQLException {
        var someoneElses = fixtures.unitFeedback("author-" + UUID.randomUUID(), false);
        var person = "resident-" + UUID.randomUUID();
        var token = fixtures.resident(person, RANA);
        var own = fixtures.give(token, onUnit(RANA, "bibliotek", 4, false));
        var accepted = List.of(
            feedback.statusOf(HttpRequest.PATCH("/feedback/" + own, Map.of("rating", 3)).bearerAuth(token)),
            feedback.statusOf(HttpRequest.POST("/feedback/" + someoneElses + "/reports", Map.of("reason", "Usakleg."))
                .bearerAuth(token)));
        var outboxBefore = feedback.count("select count(*) from outbox_message");

        var refusal = feedback.rateLimited(giving(token, onUnit(RANA, "kino", 2, false)));

        assertAll(
            () -> assertTrue(accepted.stream().allMatch(status -> status / 100 == 2), accepted.toString()),
            () -> assertTrue(String.valueOf(refusal.get("detail")).contains("3 changes per 86400 seconds"),
                String.valueOf(refusal.get("detail"))),
            () -> assertEquals(1, feedback.count("select count(*) from feedback where author_id = '" + person + "'")),
            () -> assertEquals(outboxBefore, feedback.count("select count(*) from outbox_message")),
            () -> assertEquals(201, feedback.statusOf(giving(fixtures.resident("other-" + UUID.randomUUID(), RANA),
                onUnit(RANA, "kino", 5, false)))));
    }
}
