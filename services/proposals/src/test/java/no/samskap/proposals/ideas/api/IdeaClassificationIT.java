package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Classifications checked against what each municipality offers, and the author's edits until the answer. */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaClassificationIT {

    private static final String NARROWED = "1804";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/" + IdeaFixtures.MUNICIPALITY + "/settings",
            Map.of("moderation", "post", "strategicValues", List.of(Map.of("code", "folkehelse", "names", Map.of("nb", "Folkehelse", "nn", "Folkehelse", "en", "Public health")),
                Map.of("code", "frivillighet", "names", Map.of("nb", "Frivillighet", "nn", "Frivilligheit", "en", "Volunteering"))))).bearerAuth(ideas.adminToken()));
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/" + NARROWED + "/settings",
            Map.of("moderation", "post", "serviceAreas", List.of("bibliotek", "kino")))
            .bearerAuth(tokens.admin("bodo-admin", NARROWED)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anyoneMayReadTheChoicesTheSubmitFormOffersButNotTheThresholds() {
        Map<String, Object> choices = client.toBlocking().retrieve(
            HttpRequest.GET("/municipalities/" + IdeaFixtures.MUNICIPALITY + "/idea-choices"), Map.class);
        assertEquals("post", choices.get("moderation"));
        assertEquals(7, ((List<?>) choices.get("serviceAreas")).size());
        assertEquals(List.of(Map.of("code", "folkehelse", "name", "Folkehelse", "names", Map.of("nb", "Folkehelse", "nn",
                "Folkehelse", "en", "Public health")), Map.of("code", "frivillighet", "name", "Frivillighet", "names",
                Map.of("nb", "Frivillighet", "nn", "Frivilligheit", "en", "Volunteering"))),
            choices.get("strategicValues"));
        assertEquals(java.util.Set.of("municipality", "name", "moderation", "serviceAreas", "strategicValues"),
            choices.keySet());

        Map<String, Object> narrowed = client.toBlocking().retrieve(
            HttpRequest.GET("/municipalities/" + NARROWED + "/idea-choices"), Map.class);
        assertEquals(List.of("bibliotek", "kino"), narrowed.get("serviceAreas"));
    }

    @Test
    void theChoicesOfSomethingThatIsNoKommunenummerAreRefusedNamingTheMunicipality() {
        var request = HttpRequest.GET("/municipalities/18x3/idea-choices");
        assertEquals(400, proposals.statusOf(request));
        assertEquals("municipality", ApplicationUnderTest.firstField(proposals.refused(request)));
    }

    @Test
    void anIdeaWithEveryClassificationRoundTripsAndTravelsInIdeaSubmitted() throws Exception {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", fullIdea()).bearerAuth(ideas.authorToken()),
            IdeaView.class);

        var stored = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id()), IdeaView.class);
        assertEquals("kulturhus", stored.serviceArea());
        assertEquals(List.of("folkehelse", "frivillighet"), stored.strategicValues());
        assertEquals(List.of("ungdom", "voksne"), stored.targetGroups());
        assertEquals("for-noen", stored.costModel());
        assertEquals("Moheia skole, aulaen", stored.place());
        var payload = EnvelopeCodec.payload(message(created.id(), "idea-submitted"), ProposalsMessages.IDEA_SUBMITTED);
        assertEquals(List.of("folkehelse", "frivillighet"), payload.strategicValues());
        assertEquals(List.of("ungdom", "voksne"), payload.targetGroups());
        assertEquals("for-noen", payload.costModel());
        assertEquals("Moheia skole, aulaen", payload.place());
    }

    @Test
    void leftOutClassificationsMeanEveryoneAndFreeForAll() {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", Map.of("title", "Lesesirkel for alle",
            "body", "Kvar onsdag.", "serviceArea", "bibliotek")).bearerAuth(ideas.authorToken()), IdeaView.class);

        assertEquals(List.of(), created.strategicValues());
        assertEquals(List.of("alle"), created.targetGroups());
        assertEquals("for-alle", created.costModel());
    }

    @Test
    void anUnknownStrategicValueTargetGroupOrCostModelIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        var before = count("select count(*) from idea");

        assertEquals("strategicValues", refusedField(HttpRequest.POST("/ideas",
            fullIdeaWith("strategicValues", List.of("baerekraft"))).bearerAuth(ideas.authorToken())));
        assertEquals("targetGroups", refusedField(HttpRequest.POST("/ideas",
            fullIdeaWith("targetGroups", List.of("pensjonister"))).bearerAuth(ideas.authorToken())));
        assertEquals("costModel", refusedField(HttpRequest.POST("/ideas",
            fullIdeaWith("costModel", "gratis")).bearerAuth(ideas.authorToken())));

        assertEquals(before, count("select count(*) from idea"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminNamesTheMunicipalityAndEachValueInThreeLanguagesAndEveryServiceIsToldTheWholeDescription()
            throws Exception {
        var admin = tokens.admin("trondheim-admin", "5001");
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/5001/settings", Map.of("name", "Trondheim",
            "moderation", "pre", "serviceAreas", List.of("kino", "bibliotek"), "strategicValues", List.of(Map.of("code",
                "folkehelse", "names", Map.of("nb", "Folkehelse", "nn", "Folkehelse", "en", "Public health")))))
            .bearerAuth(admin));

        var settings = client.toBlocking().retrieve(HttpRequest.GET("/municipalities/5001/settings").bearerAuth(admin),
            Map.class);
        assertEquals("Trondheim", settings.get("name"));
        assertEquals("Public health", ((Map<String, Object>) ((List<Map<String, Object>>) settings
            .get("strategicValues")).get(0).get("names")).get("en"));
        var described = EnvelopeCodec.payload(message("5001", "municipality-described"),
            MunicipalityMessages.MUNICIPALITY_DESCRIBED);
        assertEquals("Trondheim", described.name());
        assertEquals(List.of("kino", "bibliotek"), described.serviceAreas().stream().map(NamedChoice::code).toList());
        assertEquals("Cinema", described.serviceArea("kino").orElseThrow().names().en());
        assertEquals("Public health", described.strategicValue("folkehelse").orElseThrow().names().en());
        assertEquals("Born", described.targetGroup("barn").orElseThrow().names().nn());
        assertEquals(5, described.targetGroups().size());
    }

    @Test
    void aValueLeftUnnamedInOneLanguageOrAnOverlongMunicipalityNameIsRefusedNamingTheField() throws Exception {
        var admin = tokens.admin("trondheim-admin", "5001");
        var before = count("select count(*) from outbox_message where message_type = 'municipality-described'");

        assertEquals("strategicValues.names.nn", refusedField(HttpRequest.PUT("/municipalities/5001/settings",
            Map.of("moderation", "post", "strategicValues", List.of(Map.of("code", "folkehelse", "names",
                Map.of("nb", "Folkehelse", "en", "Public health"))))).bearerAuth(admin)));
        assertEquals("strategicValues.names", refusedField(HttpRequest.PUT("/municipalities/5001/settings",
            Map.of("moderation", "post", "strategicValues", List.of(Map.of("code", "folkehelse")))).bearerAuth(admin)));
        assertEquals("name", refusedField(HttpRequest.PUT("/municipalities/5001/settings",
            Map.of("name", "T".repeat(101), "moderation", "post")).bearerAuth(admin)));
        assertEquals("name", refusedField(HttpRequest.PUT("/municipalities/5001/settings",
            Map.of("name", "  ", "moderation", "post")).bearerAuth(admin)));

        assertEquals(before, count("select count(*) from outbox_message where message_type = 'municipality-described'"));
    }

    @Test
    void aMunicipalityThatNarrowedItsServiceAreasRefusesAnother() {
        var resident = tokens.resident("bodo-resident", NARROWED);

        assertEquals("serviceArea", refusedField(HttpRequest.POST("/ideas", Map.of("title", "Konsert i kulturhuset",
            "body", "Om sommeren.", "serviceArea", "kulturhus")).bearerAuth(resident)));
        var settings = client.toBlocking().retrieve(HttpRequest.GET("/municipalities/" + NARROWED + "/settings")
            .bearerAuth(tokens.admin("bodo-admin", NARROWED)), Map.class);
        assertEquals(List.of("bibliotek", "kino"), settings.get("serviceAreas"));
        assertEquals(List.of(), settings.get("strategicValues"));
    }

    @Test
    void theAuthorEditsTheirIdeaAndTheEditAppearsOnTheTimelineAndInTheOutbox() throws Exception {
        var id = ideas.publishedIdea();

        var edited = client.toBlocking().retrieve(HttpRequest.PATCH("/ideas/" + id, Map.of("title",
            "Strikkekafé for unge", "targetGroups", List.of("ungdom"), "place", "Rana bibliotek"))
            .bearerAuth(ideas.authorToken()), IdeaView.class);

        assertEquals("Strikkekafé for unge", edited.title());
        assertEquals("bibliotek", edited.serviceArea());
        assertEquals(List.of("ungdom"), edited.targetGroups());
        assertEquals("published", edited.status());
        var last = edited.timeline().get(edited.timeline().size() - 1);
        assertEquals("edited", last.moderation());
        assertEquals("published", last.status());
        assertEquals(IdeaFixtures.AUTHOR, last.actorId());
        var payload = EnvelopeCodec.payload(message(id, "idea-edited"), ProposalsMessages.IDEA_EDITED);
        assertEquals(IdeaFixtures.AUTHOR, payload.editedBy());
        assertEquals("Strikkekafé for unge", payload.title());
        assertEquals(List.of("ungdom"), payload.targetGroups());
        assertEquals("Rana bibliotek", payload.place());
    }

    @Test
    void theAuthorClearsThePlaceOfTheirIdeaAndTheEditCarriesNoPlace() throws Exception {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", fullIdea()).bearerAuth(ideas.authorToken()),
            IdeaView.class);

        var edited = client.toBlocking().retrieve(HttpRequest.PATCH("/ideas/" + created.id(),
            Map.of("clearPlace", true)).bearerAuth(ideas.authorToken()), IdeaView.class);

        assertNull(edited.place());
        assertEquals("kulturhus", edited.serviceArea());
        assertNull(client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id()), IdeaView.class).place());
        assertNull(EnvelopeCodec.payload(message(created.id(), "idea-edited"), ProposalsMessages.IDEA_EDITED).place());
    }

    @Test
    void anEmptyListClearsTheStrategicValuesWhereALeftOutListKeepsThemButAnIdeaForNobodyIsRefused() throws Exception {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", fullIdea()).bearerAuth(ideas.authorToken()),
            IdeaView.class);

        var retitled = client.toBlocking().retrieve(HttpRequest.PATCH("/ideas/" + created.id(),
            Map.of("title", "Ungdomsscene i kulturhuset, no")).bearerAuth(ideas.authorToken()), IdeaView.class);
        var cleared = client.toBlocking().retrieve(HttpRequest.PATCH("/ideas/" + created.id(),
            Map.of("strategicValues", List.of())).bearerAuth(ideas.authorToken()), IdeaView.class);
        var before = count("select count(*) from outbox_message");
        var refused = refusedField(HttpRequest.PATCH("/ideas/" + created.id(), Map.of("targetGroups", List.of()))
            .bearerAuth(ideas.authorToken()));

        assertEquals(List.of("folkehelse", "frivillighet"), retitled.strategicValues());
        assertEquals(List.of(), cleared.strategicValues());
        assertEquals(List.of("ungdom", "voksne"), cleared.targetGroups());
        assertEquals(List.of(), EnvelopeCodec.payload(message(created.id(), "idea-edited"), ProposalsMessages.IDEA_EDITED)
            .strategicValues());
        assertEquals("targetGroups", refused);
        var stored = client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id()), IdeaView.class);
        assertEquals(List.of(), stored.strategicValues());
        assertEquals(List.of("ungdom", "voksne"), stored.targetGroups());
        assertEquals(before, count("select count(*) from outbox_message"));
    }

    @Test
    void clearingThePlaceWhileNamingANewOneIsRefusedNamingClearPlaceAndChangesNothing() throws Exception {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/ideas", fullIdea()).bearerAuth(ideas.authorToken()),
            IdeaView.class);
        var before = count("select count(*) from outbox_message");

        assertEquals("clearPlace", refusedField(HttpRequest.PATCH("/ideas/" + created.id(),
            Map.of("clearPlace", true, "place", "Rana bibliotek")).bearerAuth(ideas.authorToken())));

        assertEquals("Moheia skole, aulaen",
            client.toBlocking().retrieve(HttpRequest.GET("/ideas/" + created.id()), IdeaView.class).place());
        assertEquals(before, count("select count(*) from outbox_message"));
    }

    @Test
    void anAnsweredIdeaKeepsItsPlace() {
        var id = ideas.acceptedIdea();

        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.PATCH("/ideas/" + id, Map.of("clearPlace", true)).bearerAuth(ideas.authorToken())));

        assertEquals(409, failure.getStatus().getCode());
    }

    @Test
    void someoneElseMayNotEditTheIdea() throws Exception {
        var id = ideas.publishedIdea();
        var before = count("select count(*) from outbox_message");

        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.PATCH("/ideas/" + id, Map.of("title", "Overtatt av andre")).bearerAuth(ideas.staffToken())));

        assertEquals(403, failure.getStatus().getCode());
        assertEquals(before, count("select count(*) from outbox_message"));
    }

    @Test
    void anAnsweredIdeaCanNoLongerBeEdited() {
        var id = ideas.acceptedIdea();

        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
            HttpRequest.PATCH("/ideas/" + id, Map.of("title", "For seint endra")).bearerAuth(ideas.authorToken())));

        assertEquals(409, failure.getStatus().getCode());
    }

    private static Map<String, Object> fullIdea() {
        return Map.of("title", "Ungdomsscene i kulturhuset", "body", "Ein scene for unge band.", "serviceArea",
            "kulturhus", "strategicValues", List.of("folkehelse", "frivillighet"), "targetGroups",
            List.of("ungdom", "voksne"), "costModel", "for-noen", "place", "Moheia skole, aulaen");
    }

    private static Map<String, Object> fullIdeaWith(String field, Object value) {
        var body = new HashMap<>(fullIdea());
        body.put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private String refusedField(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request,
            String.class));
        assertEquals(400, failure.getStatus().getCode());
        var problem = failure.getResponse().getBody(Map.class).orElseThrow();
        return (String) ((List<Map<String, Object>>) problem.get("errors")).get(0).get("field");
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The newest message of that type about the idea. */
    private Envelope message(String ideaId, String type) throws Exception {
        try (var connection = proposals.connect();
             var statement = connection.prepareStatement(
                 "select envelope from outbox_message where message_key = ? and message_type = ? order by seq")) {
            statement.setString(1, ideaId);
            statement.setString(2, type);
            var envelopes = new ArrayList<Envelope>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(EnvelopeCodec.fromJson(rows.getString(1)));
                }
            }
            return envelopes.get(envelopes.size() - 1);
        }
    }
}
