package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.Told;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.proposals.ideas.application.ResponseDeadlines;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseDeadlinesIT {

    private final TestTokens tokens = TestTokens.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private ApplicationUnderTest proposals;
    private Told told;
    private HttpClient client;
    private IdeaFixtures ideas;
    private ResponseDeadlines deadlines;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        told = new Told(proposals);
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        deadlines = proposals.server().getApplicationContext().getBean(ResponseDeadlines.class);
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/1833/settings",
            Map.of("moderation", "post", "responseReminderDays", 3)).bearerAuth(ideas.adminToken()));
    }

    @Test
    void theScheduleIsOffInTestsWhichChooseTheDayThemselves() {
        assertFalse(proposals.server().getApplicationContext()
            .getProperty("samskap.response-dates.enabled", Boolean.class).orElseThrow());
    }

    @Test
    void theMunicipalitySetsHowManyDaysAheadItsStaffAreRemindedWithinOneToNinetyDays() {
        var settings = client.toBlocking().retrieve(HttpRequest.GET("/municipalities/1833/settings")
            .bearerAuth(ideas.adminToken()), Map.class);
        assertEquals(3, settings.get("responseReminderDays"));
        assertEquals("responseReminderDays", ApplicationUnderTest.firstField(proposals.refused(
            HttpRequest.PUT("/municipalities/1833/settings", Map.of("moderation", "post", "responseReminderDays", 91))
                .bearerAuth(ideas.adminToken()))));
        assertEquals(3, client.toBlocking().retrieve(HttpRequest.GET("/municipalities/1833/settings")
            .bearerAuth(ideas.adminToken()), Map.class).get("responseReminderDays"), "nothing changed");
    }

    @Test
    void whoCommittedTheDateIsRemindedTheSetDaysBeforeAndAdminsAndFollowersAreToldOnceWhenItPasses() throws Exception {
        var id = ideas.publishedIdea();
        var due = today.plusDays(20);
        ideas.startAssessment(id, due);
        client.toBlocking().exchange(HttpRequest.PUT("/ideas/" + id + "/follow", "")
            .bearerAuth(tokens.resident("deadline-follower", IdeaFixtures.MUNICIPALITY)));

        deadlines.tellWhatIsDueOn(due.minusDays(4));
        assertEquals(0, told.times(id, "response-date-approaching"));

        deadlines.tellWhatIsDueOn(due.minusDays(3));
        deadlines.tellWhatIsDueOn(due.minusDays(2));
        assertEquals(List.of("fixture-staff"), told.people(id, "response-date-approaching"));
        assertEquals(0, told.times(id, "response-date-passed"));

        deadlines.tellWhatIsDueOn(due);
        assertEquals(0, told.times(id, "response-date-passed"), "the day itself is not late yet");
        deadlines.tellWhatIsDueOn(due.plusDays(1));
        deadlines.tellWhatIsDueOn(due.plusDays(2));

        var toldPeople = told.people(id, "response-date-passed");
        assertTrue(toldPeople.containsAll(List.of("deadline-follower", "fixture-admin", "fixture-author")),
            toldPeople.toString());
        assertEquals(toldPeople.stream().distinct().count(), toldPeople.size(), "each once: " + toldPeople);
        assertFalse(toldPeople.contains("fixture-staff"), "the one who committed the date was reminded already");
        assertEquals(toldPeople.size(), told.count("select count(*) from notification where idea_id = '" + id
            + "' and kind = 'response-date-passed' and note = '" + due + "'"));
    }

    @Test
    void aMovedDateIsRemindedOfAgainAndAnAnsweredIdeaIsNeverLate() throws Exception {
        var moved = ideas.publishedIdea();
        var first = today.plusDays(10);
        ideas.startAssessment(moved, first);
        deadlines.tellWhatIsDueOn(first.minusDays(1));
        var later = today.plusDays(30);
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + moved + "/response-date",
            Map.of("respondBy", later.toString(), "reason", "Vi venter på budsjettet.")).bearerAuth(ideas.staffToken()));
        var answered = ideas.publishedIdea();
        ideas.startAssessment(answered, first);
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + answered + "/answer",
            Map.of("outcome", "accepted", "answer", "Ja.")).bearerAuth(ideas.staffToken()));

        deadlines.tellWhatIsDueOn(first.plusDays(5));
        deadlines.tellWhatIsDueOn(later.minusDays(1));

        assertEquals(2, told.times(moved, "response-date-approaching"), "once for each date");
        assertEquals(0, told.times(moved, "response-date-passed"));
        assertEquals(0, told.times(answered, "response-date-passed"));
    }

    @Test
    void runsOnSeveralInstancesAtOnceTellEachPassedDateExactlyOnce() throws Exception {
        var id = ideas.publishedIdea();
        var due = today.plusDays(40);
        ideas.startAssessment(id, due);
        var runs = new ArrayList<Callable<Integer>>();
        for (var run = 0; run < 8; run++) {
            runs.add(() -> deadlines.tellWhatIsDueOn(due.plusDays(1)));
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var result : pool.invokeAll(runs, 60, TimeUnit.SECONDS)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }

        var toldPeople = told.people(id, "response-date-passed");
        assertTrue(toldPeople.containsAll(List.of("fixture-admin", "fixture-author")), toldPeople.toString());
        assertEquals(toldPeople.stream().distinct().count(), toldPeople.size(), "each once: " + toldPeople);
    }
}
