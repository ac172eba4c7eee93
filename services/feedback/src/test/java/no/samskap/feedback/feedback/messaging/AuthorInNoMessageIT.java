package no.samskap.feedback.feedback.messaging;

import io.micronaut.http.HttpRequest;
import no.samskap.feedback.FeedbackApplication;
import no.samskap.feedback.FeedbackFixtures;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static no.samskap.feedback.FeedbackFixtures.RANA;
import static no.samskap.feedback.FeedbackFixtures.nameOf;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Anonymity: whatever an author does with their feedback, no message the service sends names them. */
@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorInNoMessageIT {

    private ApplicationUnderTest service;
    private FeedbackFixtures fixtures;

    @BeforeAll
    void start(ApplicationUnderTest service, TestInfrastructure infrastructure) {
        this.service = service;
        this.fixtures = new FeedbackFixtures(service, infrastructure);
        fixtures.describedMunicipality(RANA);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void noMessageAboutGivenChangedOrWithdrawnFeedbackNamesItsAuthorAnonymousOrNot() throws SQLException {
        var anonymousAuthor = "anonymous-author-7f3a";
        var namedAuthor = "named-author-91c2";
        var attendee = "attendee-author-5d0e";
        var ids = new ArrayList<String>();
        ids.add(fixtures.unitFeedback(anonymousAuthor, true));
        ids.add(fixtures.unitFeedback(namedAuthor, false));
        ids.add(fixtures.eventFeedback(attendee, 5));
        for (var author : List.of(anonymousAuthor, namedAuthor)) {
            var token = fixtures.resident(author, RANA);
            var id = ids.get(author.equals(anonymousAuthor) ? 0 : 1);
            service.client().toBlocking().exchange(HttpRequest.PATCH("/feedback/" + id, Map.of("rating", 2))
                .bearerAuth(token));
        }
        service.client().toBlocking().exchange(HttpRequest.DELETE("/feedback/" + ids.get(2))
            .bearerAuth(fixtures.resident(attendee, RANA)));

        var envelopes = envelopes();
        assertEquals(6, envelopes.size(), "three given, two edited, one withdrawn, and nothing else");
        for (var author : List.of(anonymousAuthor, namedAuthor, attendee)) {
            for (var envelope : envelopes) {
                assertFalse(envelope.contains(author), "a message names " + author + ": " + envelope);
                assertFalse(envelope.contains(nameOf(author)), "a message names " + author + ": " + envelope);
            }
        }
        eventually(() -> assertEquals(0, fixtures.count("select count(*) from outbox_message where topic like "
            + "'%samskap.feedback.feedback' and sent_at is null"), "the relay has not sent every message"));
    }

    /** Every envelope in the outbox that the service wrote, on whatever topic; the test sends the rest itself. */
    private List<String> envelopes() throws SQLException {
        try (var connection = service.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select envelope from outbox_message order by seq")) {
            var envelopes = new ArrayList<String>();
            while (rows.next()) {
                envelopes.add(rows.getString(1));
            }
            return envelopes;
        }
    }
}
