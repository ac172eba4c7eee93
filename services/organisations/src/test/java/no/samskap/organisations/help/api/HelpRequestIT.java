package no.samskap.organisations.help.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.help.application.UnansweredInterestReminders;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpRequestIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures associations;
    private HelpFixtures help;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        associations = new AssociationFixtures(client);
        help = new HelpFixtures(organisations);
        volunteer("req-sound-consenting", RANA, true, "lyd-lys", "scene");
        volunteer("req-cafe-consenting", RANA, true, "kafe");
        volunteer("req-sound-silent", RANA, false, "lyd-lys");
        volunteer("req-sound-elsewhere", "4618", true, "lyd-lys");
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAskForHelpAndOnlyConsentingVolunteersOfTheMunicipalityWithAMatchingSkillAreTold() throws SQLException {
        var response = client.toBlocking().exchange(post(tokens.staff("req-staff", RANA), request(null)), Map.class);

        assertEquals(HttpStatus.CREATED, response.status());
        var id = (String) response.body().get("id");
        assertEquals(List.of("help-requested"), organisations.outboxTypesFor(id));
        assertTrue(help.noticeKindsFor("req-sound-consenting").contains("help-requested"));
        assertFalse(help.noticeKindsFor("req-cafe-consenting").contains("help-requested"));
        assertEquals(List.of(), help.noticeKindsFor("req-sound-silent"));
        assertEquals(List.of(), help.noticeKindsFor("req-sound-elsewhere"));
        assertFalse(help.lastPayload(id, "help-requested").contains("Rigg lyd"));
    }

    @Test
    void anAssociationsAdminAsksForItAndNeitherAnotherResidentNorAnOutsiderMay() {
        var association = associations.registeredBy("req-admin-1");

        assertEquals(201, organisations.statusOf(post(tokens.resident("req-admin-1", RANA), request(association))));
        assertEquals(403, organisations.statusOf(post(tokens.resident("req-outsider", RANA), request(association))));
        assertEquals(403, organisations.statusOf(post(tokens.resident("req-outsider", RANA), request(null))));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        var good = request(null);
        var staff = tokens.staff("req-staff", RANA);

        assertEquals("task", firstField(organisations.refused(post(staff, with(good, "task", " ")))));
        assertEquals("endsAt", firstField(organisations.refused(post(staff, with(good, "endsAt",
            good.get("startsAt"))))));
        assertEquals("place", firstField(organisations.refused(post(staff, with(good, "place", null)))));
        assertEquals("skills", firstField(organisations.refused(post(staff, with(good, "skills", List.of())))));
        assertEquals("skills", firstField(organisations.refused(post(staff, with(good, "skills",
            List.of("LYD"))))));
        assertEquals("ideaId", firstField(organisations.refused(post(staff, with(good, "ideaId", "idé-7")))));
    }

    @Test
    void theFirstVolunteerToAcceptGetsItAndTheOthersWhoShowedInterestAreToldItIsTaken() throws SQLException {
        var posted = postedByStaff();
        var id = posted.id();
        assertEquals(200, organisations.statusOf(interest(id, "req-v1")));
        assertEquals(200, organisations.statusOf(interest(id, "req-v2")));
        assertEquals(409, organisations.statusOf(interest(id, "req-v2")));
        assertEquals("pending", myState("req-v2", id));

        assertEquals(200, organisations.statusOf(accept(id, "req-v1")));

        assertEquals(409, organisations.refused(accept(id, "req-v2")).get("status"));
        assertEquals(409, organisations.statusOf(interest(id, "req-v3")));
        assertEquals("accepted", myState("req-v1", id));
        assertEquals("taken", myState("req-v2", id));
        assertEquals(List.of("help-request-taken"), help.noticeKindsFor("req-v2"));
        assertFalse(help.noticeKindsFor("req-v1").contains("help-request-taken"));
        assertTrue(help.noticeKindsFor(posted.requester()).contains("help-request-accepted"));
        assertEquals(List.of("help-requested", "help-request-taken"), organisations.outboxTypesFor(id));
        var open = help.list(HttpRequest.GET("/help-requests").bearerAuth(tokens.resident("req-v3", RANA)));
        assertTrue(open.stream().noneMatch(request -> id.equals(request.get("id"))));
    }

    @Test
    void ofManyVolunteersAcceptingAtOnceExactlyOneGetsTheRequest() throws Exception {
        var id = postedByStaff().id();
        var attempts = new ArrayList<Callable<Integer>>();
        for (var volunteer = 0; volunteer < 8; volunteer++) {
            var subject = "req-racer-" + volunteer;
            attempts.add(() -> organisations.statusOf(accept(id, subject)));
        }

        var pool = Executors.newFixedThreadPool(8);
        var statuses = new ArrayList<Integer>();
        try {
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(List.of("help-requested", "help-request-taken"), organisations.outboxTypesFor(id));
    }

    @Test
    void onlyTheOneWhoAskedTheAssociationsAdminsAndStaffSeeWhoShowedInterest() {
        var association = associations.registeredBy("req-admin-2");
        var id = (String) client.toBlocking().retrieve(post(tokens.resident("req-admin-2", RANA),
            request(association)), Map.class).get("id");
        organisations.statusOf(interest(id, "req-v4"));

        var seen = help.list(HttpRequest.GET("/help-requests/" + id + "/interest")
            .bearerAuth(tokens.resident("req-admin-2", RANA)));

        assertEquals("req-v4", seen.get(0).get("volunteerId"));
        assertEquals("pending", seen.get(0).get("state"));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/help-requests/" + id + "/interest")
            .bearerAuth(tokens.resident("req-v4", RANA))));
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/help-requests/" + id)
            .bearerAuth(tokens.resident("req-v4", "4618"))));
    }

    @Test
    void interestUnansweredForFourteenDaysRemindsTheAssociationsAdminsOnceAndTheVolunteerSeesIt() throws Exception {
        var association = associations.registeredBy("req-admin-3");
        var id = (String) client.toBlocking().retrieve(post(tokens.resident("req-admin-3", RANA),
            request(association)), Map.class).get("id");
        organisations.statusOf(interest(id, "req-v5"));
        organisations.statusOf(interest(id, "req-v6"));
        shownAgo(id, "req-v5", Duration.ofDays(15));
        shownAgo(id, "req-v6", Duration.ofDays(13));
        var reminders = organisations.server().getApplicationContext().getBean(UnansweredInterestReminders.class);

        reminders.remindDue();
        reminders.remindDue();

        assertEquals(List.of("help-interest-unanswered"), help.noticeKindsFor("req-admin-3"));
        assertEquals("reminded", myState("req-v5", id));
        assertEquals("pending", myState("req-v6", id));
    }

    @Test
    void interestInATakenRequestIsNotRemindedAbout() throws Exception {
        var posted = postedByStaff();
        var id = posted.id();
        organisations.statusOf(interest(id, "req-v7"));
        organisations.statusOf(accept(id, "req-v8"));
        shownAgo(id, "req-v7", Duration.ofDays(30));

        organisations.server().getApplicationContext().getBean(UnansweredInterestReminders.class).remindDue();

        assertEquals("taken", myState("req-v7", id));
        assertFalse(help.noticeKindsFor(posted.requester()).contains("help-interest-unanswered"));
    }

    private record Posted(String id, String requester) {
    }

    private Posted postedByStaff() {
        var staff = "req-staff-" + UUID.randomUUID();
        var id = (String) client.toBlocking().retrieve(post(tokens.staff(staff, RANA), request(null)), Map.class)
            .get("id");
        return new Posted(id, staff);
    }

    private String myState(String volunteer, String requestId) {
        return help.list(HttpRequest.GET("/me/help-requests").bearerAuth(tokens.resident(volunteer, RANA))).stream()
            .filter(mine -> requestId.equals(((Map<?, ?>) mine.get("request")).get("id")))
            .map(mine -> (String) mine.get("state")).findFirst().orElseThrow();
    }

    private void shownAgo(String requestId, String volunteer, Duration ago) throws SQLException {
        try (var connection = organisations.connect();
             var statement = connection.prepareStatement(
                 "update help_interest set shown_at = ? where request_id = ? and volunteer_id = ?")) {
            statement.setObject(1, java.sql.Timestamp.from(Instant.now().minus(ago)));
            statement.setObject(2, UUID.fromString(requestId));
            statement.setString(3, volunteer);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private void volunteer(String person, String municipality, boolean consents, String... skills) {
        client.toBlocking().exchange(HttpRequest.PUT("/me/volunteer", Map.of("skills", List.of(skills),
            "availability", List.of("evenings"), "languages", List.of("nb"), "contactConsent", consents,
            "ageBand", "26-66")).bearerAuth(tokens.resident(person, municipality)));
    }

    private HttpRequest<?> post(String token, Map<String, Object> body) {
        return HttpRequest.POST("/help-requests", body).bearerAuth(token);
    }

    private HttpRequest<?> interest(String id, String volunteer) {
        return HttpRequest.POST("/help-requests/" + id + "/interest", "").bearerAuth(tokens.resident(volunteer, RANA));
    }

    private HttpRequest<?> accept(String id, String volunteer) {
        return HttpRequest.POST("/help-requests/" + id + "/acceptance", "")
            .bearerAuth(tokens.resident(volunteer, RANA));
    }

    private static Map<String, Object> request(String associationId) {
        var body = new HashMap<String, Object>(Map.of("task", "Rigg lyd til vårkonserten", "place", "Mo kulturhus",
            "startsAt", Instant.now().plus(Duration.ofDays(30)).toString(),
            "endsAt", Instant.now().plus(Duration.ofDays(30)).plus(Duration.ofHours(4)).toString(),
            "skills", List.of("lyd-lys")));
        if (associationId != null) {
            body.put("associationId", associationId);
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
