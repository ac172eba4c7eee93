package no.samskap.feedback.privacy;

import no.samskap.feedback.FeedbackApplication;
import no.samskap.platform.privacy.FormerParticipant;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.PersonalDataOfApplication;
import no.samskap.testkit.PersonalDataSweep;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(FeedbackApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackPersonalDataIT {

    private static final String RANA = "1833";

    private ApplicationUnderTest feedback;
    private PersonalDataOfApplication personalData;

    @BeforeAll
    void start(ApplicationUnderTest feedback, TestInfrastructure infrastructure) {
        this.feedback = feedback;
        this.personalData = new PersonalDataOfApplication(feedback, infrastructure);
    }

    @AfterAll
    void stop() {
        personalData.close();
    }

    @Test
    @DisplayName("The person's download holds every kind of data the service keeps about them")
    void downloadHoldsEveryKind() throws SQLException {
        var person = FeedbackPersonFixture.in(feedback).fill();

        assertEquals(Map.of(
            "feedback.given", List.of("appeals", "feedback"),
            "feedback.handling", List.of("answered", "appealsDecided", "hidden", "ideasMade", "responseDatesMoved"),
            "feedback.reports", List.of("reports"),
            "feedback.attendance", List.of("attendance")),
            personalData.kindsIn(person.subject(), RANA));
        var download = personalData.download(person.subject(), RANA).toString();
        assertTrue(download.contains(person.name()), download);
        assertFalse(download.contains(person.neighbour()), "the neighbour is not in the person's download");
    }

    @Test
    @DisplayName("After erasure no table holds the person's id, name, e-mail or phone, and their feedback stays by a former participant")
    void erasureLeavesNoTrace() throws SQLException {
        var person = FeedbackPersonFixture.in(feedback).fill();

        personalData.erase(person.subject(), RANA);
        personalData.erase(person.subject(), RANA);

        try (var connection = feedback.connect()) {
            var sweep = PersonalDataSweep.forPerson(person.subject())
                .alsoWrittenAs(person.name(), person.email(), person.phone())
                .over(connection, List.of(connection.getSchema()));
            assertEquals(List.of(), sweep.traces());
            assertTrue(sweep.tablesSwept() >= 9, "tables searched: " + sweep.tablesSwept());
        }
        assertTrue(FormerParticipant.is(one("select author_id from feedback where id = ?", person.theirFeedback())));
        assertEquals(null, one("select author_name from feedback where id = ?", person.theirFeedback()));
        assertEquals("Fin kveld, men for lite lys.", one("select text from feedback where id = ?",
            person.theirFeedback()));
        assertTrue(FormerParticipant.is(one("select answered_by from feedback where id = ?",
            person.othersFeedback())));
        assertTrue(FormerParticipant.is(one("select reporter_id from feedback_report where feedback_id = ?",
            person.othersFeedback())));
        assertEquals("1", one("select open_reports from feedback where id = ?", person.othersFeedback()));
        assertEquals(person.neighbour(), one("select author_id from feedback where id = ?", person.othersFeedback()));
        assertEquals(Map.of(), personalData.kindsIn(person.subject(), RANA));
        assertFalse(personalData.kindsIn(person.neighbour(), RANA).isEmpty(), "the neighbour's data is kept");
    }

    private String one(String query, Object key) throws SQLException {
        try (var connection = feedback.connect(); var statement = connection.prepareStatement(query)) {
            statement.setObject(1, key);
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), query);
                return rows.getString(1);
            }
        }
    }
}
