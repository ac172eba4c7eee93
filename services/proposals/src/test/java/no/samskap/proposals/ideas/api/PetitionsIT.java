package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.Told;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.proposals.ideas.application.PetitionDeadlines;
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
class PetitionsIT {

    private static final String ULLENSVANG = "4618";

    private final TestTokens tokens = TestTokens.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private ApplicationUnderTest proposals;
    private Told told;
    private HttpClient client;
    private IdeaFixtures ideas;
    private PetitionDeadlines deadlines;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        told = new Told(proposals);
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        deadlines = proposals.server().getApplicationContext().getBean(PetitionDeadlines.class);
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/1833/settings",
            Map.of("moderation", "post", "responseReminderDays", 10)).bearerAuth(ideas.adminToken()));
        setPopulation(IdeaFixtures.MUNICIPALITY, 100, ideas.adminToken());
    }

    @Test
    void ranaWithAbout26000ResidentsNeeds300SignaturesAndUllensvangWithAbout11000NeedsTwoPercent() throws Exception {
        var rana = setPopulation(IdeaFixtures.MUNICIPALITY, 26_000, ideas.adminToken());
        assertEquals(300, rana.get("petitionThreshold"));
        assertEquals(300, start(ideas.publishedIdea()).get("threshold"));
        setPopulation(IdeaFixtures.MUNICIPALITY, 100, ideas.adminToken());

        var ullensvangAdmin = tokens.admin("ullensvang-admin", ULLENSVANG);
        assertEquals(220, setPopulation(ULLENSVANG, 11_000, ullensvangAdmin).get("petitionThreshold"));
        var author = tokens.resident("ullensvang-author", ULLENSVANG);
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", Map.of("title", "Fjordbad i Odda",
            "body", "Eit trygt bad for alle.", "serviceArea", "bibliotek")).bearerAuth(author), Map.class);
        var id = (String) created.get("id");
        if (!"published".equals(created.get("status"))) {
            client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/publication", Map.of())
                .bearerAuth(tokens.staff("ullensvang-staff", ULLENSVANG)));
        }
        var petition = client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + id + "/petition", "")
            .bearerAuth(author), Map.class);
        assertEquals(220, petition.get("threshold"));
    }

    @Test
    void staffSeeThePopulationWhichOnlyTheAdminSetsAndAnImpossibleOneIsRefusedNamingItsField() {
        var seen = client.toBlocking().retrieve(HttpRequest.GET("/municipalities/1833/population")
            .bearerAuth(ideas.staffToken()), Map.class);
        assertEquals(100, seen.get("residents"));
        assertEquals(403, proposals.statusOf(HttpRequest.PUT("/municipalities/1833/population",
            Map.of("residents", 5)).bearerAuth(ideas.staffToken())));
        assertEquals("residents", ApplicationUnderTest.firstField(proposals.refused(
            HttpRequest.PUT("/municipalities/1833/population", Map.of("residents", 0)).bearerAuth(ideas.adminToken()))));
        assertEquals(100, client.toBlocking().retrieve(HttpRequest.GET("/municipalities/1833/population")
            .bearerAuth(ideas.adminToken()), Map.class).get("residents"), "nothing changed");
    }

    @Test
    void onlyTheAuthorMakesAPublishedIdeaAnInnbyggerforslagAndOnlyOnce() {
        var id = ideas.publishedIdea();
        assertEquals(403, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition", "")
            .bearerAuth(tokens.resident("not-the-author", IdeaFixtures.MUNICIPALITY))));
        assertEquals(404, proposals.statusOf(HttpRequest.GET("/ideas/" + id + "/petition")));
        var petition = start(id);
        assertEquals("collecting", petition.get("status"));
        assertEquals(0, petition.get("signatureCount"));
        assertEquals(2, petition.get("threshold"), "2 % of 100 residents");
        assertEquals(409, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition", "")
            .bearerAuth(ideas.authorToken())));
        var withdrawn = ideas.publishedIdea();
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + withdrawn + "/withdrawal", "")
            .bearerAuth(ideas.authorToken()));
        assertEquals(409, proposals.statusOf(HttpRequest.POST("/ideas/" + withdrawn + "/petition", "")
            .bearerAuth(ideas.authorToken())), "a withdrawn idea is no innbyggerforslag");
    }

    @Test
    void fiftyParallelSignaturesOfOneResidentCountOnceAndTheMessagesCarryOnlyTheCount() throws Exception {
        var id = ideas.publishedIdea();
        start(id);
        var signer = tokens.resident("eager-signer", IdeaFixtures.MUNICIPALITY);
        var calls = new ArrayList<Callable<Integer>>();
        for (var call = 0; call < 50; call++) {
            calls.add(() -> ((Number) sign(id, signer).get("signatureCount")).intValue());
        }
        var pool = Executors.newFixedThreadPool(16);
        try {
            for (var answer : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                assertEquals(1, answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(1, told.count("select count(*) from petition_signature where idea_id = '" + id + "'"));
        assertEquals(1, told.count("select signature_count from petition where idea_id = '" + id + "'"));
        assertEquals(1, told.count("select count(*) from outbox_message where message_key = '" + id
            + "' and message_type = 'petition-signature-count-changed'"));
        assertEquals(0, told.count("select count(*) from outbox_message where message_key = '" + id
            + "' and envelope like '%eager-signer%'"), "no message names a signer");
        assertEquals(0, told.count("select count(*) from idea_support where idea_id = '" + id + "'"),
            "a signature is not a support");
        var seenAnonymously = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id + "/petition"), String.class);
        assertFalse(seenAnonymously.contains("eager-signer"));
        assertTrue((Boolean) client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id + "/petition")
            .bearerAuth(signer), Map.class).get("signedByYou"));
    }

    @Test
    void aSignatureIsWithdrawnUntilTheAuthorSendsTheReachedPetitionAndNotAfter() {
        var id = ideas.publishedIdea();
        start(id);
        var first = tokens.resident("signer-one", IdeaFixtures.MUNICIPALITY);
        var second = tokens.resident("signer-two", IdeaFixtures.MUNICIPALITY);
        assertEquals(1, sign(id, first).get("signatureCount"));
        assertEquals(0, withdraw(id, first).get("signatureCount"));
        assertEquals(0, withdraw(id, first).get("signatureCount"), "withdrawing twice changes nothing");
        assertEquals(403, proposals.statusOf(HttpRequest.PUT("/ideas/" + id + "/petition/signature", "")
            .bearerAuth(tokens.resident("elsewhere", ULLENSVANG))), "only residents of the municipality sign");

        sign(id, first);
        assertEquals(409, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition/sending", "")
            .bearerAuth(ideas.authorToken())), "one of two signatures is not enough");
        assertEquals("collecting", petition(id).get("status"));
        sign(id, second);
        assertEquals(403, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition/sending", "")
            .bearerAuth(first)), "only the author sends it");
        var sent = client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + id + "/petition/sending", "")
            .bearerAuth(ideas.authorToken()), Map.class);

        assertEquals("sent", sent.get("status"));
        assertEquals(today.plusMonths(6).toString(), sent.get("councilDeadline"));
        assertEquals(409, proposals.statusOf(HttpRequest.DELETE("/ideas/" + id + "/petition/signature")
            .bearerAuth(first)));
        assertEquals(409, proposals.statusOf(HttpRequest.PUT("/ideas/" + id + "/petition/signature", "")
            .bearerAuth(tokens.resident("signer-late", IdeaFixtures.MUNICIPALITY))));
        assertEquals(2, petition(id).get("signatureCount"));
    }

    @Test
    void staffRecordTheCouncilsHandlingAndRefuseWhatIsNotADateOrAWebAddressChangingNothing() {
        var id = sentPetition();
        var staff = ideas.staffToken();
        var bad = proposals.refused(HttpRequest.POST("/ideas/" + id + "/petition/handling", Map.of(
            "meetingDate", "neste tirsdag", "decision", "Vedtatt.", "caseUrl", "https://innsyn.rana.no/sak/1"))
            .bearerAuth(staff));
        assertEquals("meetingDate", ApplicationUnderTest.firstField(bad));
        assertEquals("caseUrl", ApplicationUnderTest.firstField(proposals.refused(HttpRequest.POST("/ideas/" + id
            + "/petition/handling", Map.of("meetingDate", today.toString(), "decision", "Vedtatt.",
            "caseUrl", "javascript:alert(1)")).bearerAuth(staff))));
        assertEquals("sent", petition(id).get("status"), "nothing changed");
        assertEquals(403, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition/handling", Map.of(
            "meetingDate", today.toString(), "decision", "Vedtatt.", "caseUrl", "https://innsyn.rana.no/sak/1"))
            .bearerAuth(ideas.authorToken())));

        var handled = client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + id + "/petition/handling", Map.of(
            "meetingDate", today.toString(), "decision", "Kommunestyret ber om en utredning.",
            "caseUrl", "https://innsyn.rana.no/sak/1")).bearerAuth(staff), Map.class);

        assertEquals("treated", handled.get("status"));
        assertEquals("Kommunestyret ber om en utredning.", ((Map<?, ?>) petition(id).get("decision")).get("text"));
        assertEquals(409, proposals.statusOf(HttpRequest.POST("/ideas/" + id + "/petition/refusal",
            Map.of("reason", "Behandlet i mars.")).bearerAuth(staff)), "decided once");
    }

    @Test
    void aMatterTreatedInTheSameElectionPeriodIsRefusedWithTheReasonShownPublicly() throws Exception {
        var id = sentPetition();
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/petition/refusal",
            Map.of("reason", "Kommunestyret behandlet saken 12. mars i år.")).bearerAuth(ideas.staffToken()));
        var decision = (Map<?, ?>) petition(id).get("decision");
        assertEquals("refused", decision.get("outcome"));
        assertEquals("Kommunestyret behandlet saken 12. mars i år.", decision.get("text"));
        assertEquals(List.of("petition-started", "petition-signature-count-changed",
            "petition-signature-count-changed", "petition-sent", "petition-handled"),
            proposals.outboxTypesFor(id).stream().filter(type -> type.startsWith("petition")).toList());
    }

    @Test
    void adminsAreRemindedBeforeTheSixMonthsEndAndAdminsAndFollowersAreToldOnceWhenTheyPassUndecided() throws Exception {
        var id = sentPetition();
        var deadline = today.plusMonths(6);
        client.toBlocking().exchange(HttpRequest.PUT("/ideas/" + id + "/follow", "")
            .bearerAuth(tokens.resident("petition-follower", IdeaFixtures.MUNICIPALITY)));

        deadlines.tellWhatIsDueOn(deadline.minusDays(11));
        assertEquals(0, told.times(id, "petition-deadline-approaching"));
        deadlines.tellWhatIsDueOn(deadline.minusDays(10));
        deadlines.tellWhatIsDueOn(deadline.minusDays(9));
        assertEquals(List.of("fixture-admin"), told.people(id, "petition-deadline-approaching"));

        deadlines.tellWhatIsDueOn(deadline);
        assertEquals(0, told.times(id, "petition-deadline-passed"), "the last day is not late yet");
        deadlines.tellWhatIsDueOn(deadline.plusDays(1));
        deadlines.tellWhatIsDueOn(deadline.plusDays(2));

        var toldPeople = told.people(id, "petition-deadline-passed");
        assertTrue(toldPeople.containsAll(List.of("fixture-admin", "petition-follower", "fixture-author")),
            toldPeople.toString());
        assertEquals(toldPeople.stream().distinct().count(), toldPeople.size(), "each once: " + toldPeople);
    }

    @Test
    void aDecidedPetitionIsNeverLate() throws Exception {
        var id = sentPetition();
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/petition/refusal",
            Map.of("reason", "Behandlet i mars.")).bearerAuth(ideas.staffToken()));
        deadlines.tellWhatIsDueOn(today.plusMonths(7));
        assertEquals(0, told.times(id, "petition-deadline-passed"));
        assertEquals(0, told.times(id, "petition-deadline-approaching"));
    }

    private String sentPetition() {
        var id = ideas.publishedIdea();
        start(id);
        sign(id, tokens.resident("sender-one", IdeaFixtures.MUNICIPALITY));
        sign(id, tokens.resident("sender-two", IdeaFixtures.MUNICIPALITY));
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/petition/sending", "")
            .bearerAuth(ideas.authorToken()));
        return id;
    }

    private Map<?, ?> setPopulation(String municipality, int residents, String adminToken) {
        return client.toBlocking().retrieve(HttpRequest.PUT("/municipalities/" + municipality + "/population",
            Map.of("residents", residents)).bearerAuth(adminToken), Map.class);
    }

    private Map<?, ?> start(String id) {
        return client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + id + "/petition", "")
            .bearerAuth(ideas.authorToken()), Map.class);
    }

    private Map<?, ?> petition(String id) {
        return client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + id + "/petition"), Map.class);
    }

    private Map<?, ?> sign(String id, String token) {
        return client.toBlocking().retrieve(HttpRequest.PUT("/ideas/" + id + "/petition/signature", "")
            .bearerAuth(token), Map.class);
    }

    private Map<?, ?> withdraw(String id, String token) {
        return client.toBlocking().retrieve(HttpRequest.DELETE("/ideas/" + id + "/petition/signature")
            .bearerAuth(token), Map.class);
    }
}
