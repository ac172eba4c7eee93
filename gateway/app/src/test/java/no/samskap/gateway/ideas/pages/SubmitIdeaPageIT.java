package no.samskap.gateway.ideas.pages;

import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.platform.json.StrictStrings;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submit form at /ideer/ny: who gets it, what it sends the proposals service, and how a refusal comes back. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitIdeaPageIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final String TITLE_REFUSED = """
        {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
         "detail":"title: must be between 5 and 120 characters, was 3","instance":"/ideas",
         "errors":[{"field":"title","message":"must be between 5 and 120 characters, was 3"}]}""";

    private TestInfrastructure infrastructure;
    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private FormPosts forms;
    private String published;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        forms = new FormPosts(gateway);
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            published = ideas.published("Lesesirkel for ungdom", "Hver torsdag.", "bibliotek");
        }
        eventually(() -> assertEquals(200, gateway.get("/ideer/" + published).statusCode()));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void sendsAnAnonymousVisitorToSignInFirst() {
        var response = gateway.get("/ideer/ny", Map.of("Accept", "text/html"));

        assertEquals(303, response.statusCode());
        assertEquals("/logg-inn", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void labelsEveryFieldAndGroupsTheChoicesUnderLegends() {
        var page = forms.get(RESIDENT, "/ideer/ny").body();

        assertAll(
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"title\">Tittel</label>"), page),
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"body\">Beskriv ideen</label>"), page),
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"serviceArea\">Tjenesteområde</label>"), page),
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"place\">Sted (valgfritt)</label>"), page),
            () -> assertTrue(page.contains("<legend class=\"ds-label\">Hvem er ideen for?</legend>"), page),
            () -> assertTrue(page.contains("<legend class=\"ds-label\">Hva skal det koste å delta?</legend>"), page),
            () -> assertTrue(page.contains("data-weight=\"regular\" for=\"targetGroups-ungdom\">Ungdom</label>"), page),
            () -> assertTrue(page.contains("aria-describedby=\"title-hint\""), page),
            () -> assertTrue(page.contains("name=\"_csrf\" value=\"" + FormPosts.CSRF + "\""), page),
            () -> assertTrue(page.contains("data-municipality=\"1833\""), page),
            () -> assertTrue(page.contains(Assets.bundled().scriptTag("similar-ideas.js")), page),
            () -> assertFalse(page.contains("<script>"), "no inline script"),
            () -> assertFalse(page.contains("style="), "no inline style"));
    }

    @Test
    void offersTheServiceAreasAndStrategicValuesOfTheResidentsOwnMunicipalityByTheirNames() {
        proposals.answer("GET", "/municipalities/1833/idea-choices", Answer.json(200, """
            {"municipality":"1833","moderation":"post","serviceAreas":["bibliotek","kino"],
             "strategicValues":[{"code":"folkehelse","name":"Folkehelse"},{"code":"barn-og-unge","name":"Barn & unge"}]}"""));

        var page = forms.get(RESIDENT, "/ideer/ny").body();

        assertAll(
            () -> assertTrue(page.contains("<option value=\"kino\">"), page),
            () -> assertFalse(page.contains("<option value=\"kulturskole\">"), "only what 1833 offers: " + page),
            () -> assertTrue(page.contains("data-weight=\"regular\" for=\"strategicValues-folkehelse\">Folkehelse</label>"), page),
            () -> assertTrue(page.contains("data-weight=\"regular\" for=\"strategicValues-barn-og-unge\">Barn &amp; unge</label>"),
                "the municipality's name, escaped: " + page));
    }

    @Test
    void namesTheStrategicValuesInThePagesLanguageAsTheMunicipalityDescribedThem() {
        proposals.answer("GET", "/municipalities/5001/idea-choices", Answer.json(200, """
            {"municipality":"5001","moderation":"post","serviceAreas":["bibliotek"],
             "strategicValues":[{"code":"folkehelse","name":"Folkehelse"}]}"""));
        var resident = new Person("trondheim-resident", "Kari Nordmann", "5001", List.of("resident"));
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described("5001", "Trondheim", List.of(new NamedChoice("folkehelse",
                new Names("Folkehelse", "Folkehelse i kvardagen", "Everyday health"))));
        }

        eventually(() -> assertTrue(forms.get(resident, "/ideer/ny?lang=nn").body()
            .contains("data-weight=\"regular\" for=\"strategicValues-folkehelse\">Folkehelse i kvardagen</label>")));
        assertTrue(forms.get(resident, "/ideer/ny?lang=en").body()
            .contains("data-weight=\"regular\" for=\"strategicValues-folkehelse\">Everyday health</label>"));
    }

    @Test
    void tellsStaffThatIdeasComeFromResidentsAndSendsNothingOnForThem() {
        var staff = new Person("rana-staff", "Per Eriksen", "1833", List.of("staff"));
        var callsBefore = proposals.callsTo("/ideas").size();

        var form = forms.get(staff, "/ideer/ny");
        var posted = forms.post(staff, "/ideer/ny", ideaForm("Lesesirkel for ungdom"));

        assertAll(
            () -> assertEquals(403, form.statusCode()),
            () -> assertTrue(form.body().contains("<h1 id=\"residents-only\">Ideer sendes inn av innbyggere</h1>"),
                form.body()),
            () -> assertFalse(form.body().contains("id=\"idea-form\""), "no form to fill in only to be refused"),
            () -> assertEquals(403, posted.statusCode()),
            () -> assertEquals(callsBefore, proposals.callsTo("/ideas").size()));
    }

    @Test
    void theSitesNavigationOffersSignInOnlyToVisitorsWhoAreNotSignedIn() {
        var staff = new Person("rana-staff", "Per Eriksen", "1833", List.of("staff"));
        assertTrue(gateway.get("/").body().contains("id=\"sign-in\""), "a visitor may sign in");

        for (var path : List.of("/", "/ideer/" + published, "/ideer/ny", "/meg", "/kommuner/1833/ideer")) {
            var page = forms.get(RESIDENT, path).body();
            // On Min side itself the link also says it is the current page.
            assertTrue(page.contains("<a href=\"/meg\" id=\"my-page\"") && page.contains(">Min side</a>"), path + ": " + page);
            assertFalse(page.contains("id=\"sign-in\""), path + " offers a signed-in resident to sign in");
        }
        for (var path : List.of("/stab/innboks", "/stab/dashbord", "/stab/innboks/ideer/" + published + "/ukjent")) {
            assertFalse(forms.get(staff, path).body().contains("id=\"sign-in\""), path + " offers staff to sign in");
        }
    }

    @Test
    void refusesAFormWithoutTheCsrfTokenAndSendsNothingOn() {
        var callsBefore = proposals.callsTo("/ideas").size();

        var response = forms.postWithoutCsrf(RESIDENT, "/ideer/ny", "title=Konsert+i+parken&body=Om+sommeren");

        assertEquals(403, response.statusCode());
        assertEquals(callsBefore, proposals.callsTo("/ideas").size());
    }

    @Test
    void sendsTheIdeaAsJsonAndOpensItsPage() {
        proposals.answer("POST", "/ideas", Answer.json(201, """
            {"id":"%s","status":"published","title":"Lesesirkel for ungdom"}""".formatted(published)));

        var response = forms.post(RESIDENT, "/ideer/ny", ideaForm(("Lesesirkel for ungdom")));

        var call = proposals.lastCallTo("/ideas");
        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("/ideer/" + published + "?done=submitted", response.headers().firstValue("Location").orElse(null)),
            () -> assertTrue(call.contentType().startsWith("application/json"), call.contentType()),
            () -> assertTrue(call.body().contains("\"title\":\"Lesesirkel for ungdom\""), call.body()),
            () -> assertTrue(call.body().contains("\"body\":\"Hver torsdag.\\nI biblioteket.\""), call.body()),
            () -> assertTrue(call.body().contains("\"targetGroups\":[\"ungdom\",\"voksne\"]"), call.body()),
            () -> assertTrue(call.body().contains("\"costModel\":\"for-noen\""), call.body()),
            () -> assertFalse(call.body().contains("\"place\":\"\""), "an empty place is left out: " + call.body()),
            () -> assertTrue(call.authorization().startsWith("Bearer "), call.authorization()));
        var page = gateway.get(response.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Ideen er sendt inn og publisert."), page);
    }

    @Test
    void aDoubleClickSendsBothPostsUnderOneIdempotencyKeySoTheServiceMakesOneIdea() {
        proposals.answer("POST", "/ideas", Answer.json(201, """
            {"id":"%s","status":"published"}""".formatted(published)));

        var first = forms.post(RESIDENT, "/ideer/ny", ideaForm("Brettspill på biblioteket"));
        var firstKey = proposals.lastCallTo("/ideas").idempotencyKey();
        var second = forms.post(RESIDENT, "/ideer/ny", ideaForm("Brettspill på biblioteket"));
        var secondKey = proposals.lastCallTo("/ideas").idempotencyKey();
        forms.post(RESIDENT, "/ideer/ny", ideaForm("Sjakkturnering på biblioteket"));
        var otherKey = proposals.lastCallTo("/ideas").idempotencyKey();

        assertAll(
            () -> assertTrue(firstKey != null && firstKey.startsWith("form-"), firstKey),
            () -> assertEquals(firstKey, secondKey),
            () -> assertFalse(firstKey.equals(otherKey), "another idea has its own key"),
            () -> assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location")));
    }

    @Test
    void saysAnIdeaHeldForModerationWasReceived() {
        proposals.answer("POST", "/ideas", Answer.json(201, """
            {"id":"%s","status":"submitted"}""".formatted(UUID.randomUUID())));

        var response = forms.post(RESIDENT, "/ideer/ny", ideaForm(("Filmklubb på kinoen")));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/ideer/ny/mottatt", response.headers().firstValue("Location").orElse(null));
        var received = forms.get(RESIDENT, "/ideer/ny/mottatt").body();
        assertTrue(received.contains("Ideen venter på moderering."), received);
    }

    @Test
    void saysInThePagesLanguageThatTheSameTitleWasSubmittedMinutesAgo() {
        proposals.answer("POST", "/ideas", Answer.problem(409, """
            {"type":"https://samskap.no/problems/repeated-idea","title":"Conflict","status":409,
             "detail":"You submitted an idea with this title a moment ago","link":"/ideas/%s"}""".formatted(published)));

        var response = forms.post(RESIDENT, "/ideer/ny", ideaForm("Lesesirkel for ungdom"));

        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("Du sendte inn en idé med samme tittel for noen minutter siden"),
            response.body());
    }

    @Test
    void showsARefusalBesideTheFieldWithEverythingTypedKept() {
        proposals.answer("POST", "/ideas", Answer.problem(400, TITLE_REFUSED));

        var response = forms.post(RESIDENT, "/ideer/ny", ideaForm(("Kor")));

        var page = response.body();
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(page.contains("<title>Feil: Send inn en idé – Samskap</title>"), page),
            () -> assertTrue(page.contains("id=\"error-summary\" role=\"alert\""), page),
            () -> assertTrue(page.contains("<li><a class=\"ds-link\" href=\"#title\">Tittelen må ha mellom 5 og 120 tegn.</a></li>"), page),
            () -> assertTrue(page.contains("<p class=\"ds-validation-message field-error\" data-field=\"validation\" id=\"title-error\">"), page),
            () -> assertTrue(page.contains("value=\"Kor\" aria-describedby=\"title-hint title-error\""), page),
            () -> assertTrue(page.contains(">Hver torsdag.&#10;I biblioteket.</textarea>"), page),
            () -> assertTrue(page.contains("<option value=\"bibliotek\" selected>"), page),
            () -> assertTrue(page.contains("id=\"targetGroups-ungdom\" name=\"targetGroups\" value=\"ungdom\" checked"), page),
            () -> assertTrue(page.contains("id=\"costModel-for-noen\" name=\"costModel\" value=\"for-noen\" checked"), page),
            () -> assertFalse(page.contains("id=\"body-error\""), page));
    }

    @Test
    void saysInThePagesLanguageBesideTheFieldThatATextWithANulCannotBeSaved() {
        var nulRefused = "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\","
            + "\"status\":400,\"detail\":\"body: " + StrictStrings.NUL.replace("\\", "\\\\") + "\",\"instance\":\"/ideas\","
            + "\"errors\":[{\"field\":\"body\",\"message\":\"" + StrictStrings.NUL.replace("\\", "\\\\") + "\"}]}";
        proposals.answer("POST", "/ideas", Answer.problem(400, nulRefused));

        var response = forms.post(RESIDENT, "/ideer/ny", ideaForm("Lesesirkel for ungdom").replace("body=Hver",
            "body=%00Hver"));

        var page = response.body();
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(page.contains("<title>Feil: Send inn en idé – Samskap</title>"), page),
            () -> assertTrue(page.contains("<li><a class=\"ds-link\" href=\"#body\">Teksten har et tegn som ikke kan lagres (et NUL-tegn"
                + " eller ugyldig Unicode). Fjern det og send på nytt.</a></li>"), page),
            () -> assertTrue(page.contains("<p class=\"ds-validation-message field-error\" data-field=\"validation\" id=\"body-error\">"), page),
            () -> assertTrue(proposals.lastCallTo("/ideas").body().contains("\\u0000Hver"),
                proposals.lastCallTo("/ideas").body()));
    }

    @Test
    void keepsTypedMarkupAsTextWhenTheFormComesBack() {
        proposals.answer("POST", "/ideas", Answer.problem(400, TITLE_REFUSED));

        var page = forms.post(RESIDENT, "/ideer/ny", ideaForm(("\"><script>alert(1)</script>"))).body();

        assertTrue(page.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\""), page);
        assertFalse(page.contains("<script>alert(1)"), page);
    }

    @Test
    void tellsThePersonNothingWasSavedWhenTheServiceIsDown() {
        proposals.stop();
        try {
            var response = forms.post(RESIDENT, "/ideer/ny", ideaForm(("Konsert i parken")));

            assertEquals(503, response.statusCode());
            assertTrue(response.body().contains("Idétjenesten svarer ikke nå, og ingenting ble lagret."), response.body());
            assertTrue(response.body().contains("value=\"Konsert i parken\""), response.body());
        } finally {
            proposals.startAgain();
        }
    }

    private static String ideaForm(String title) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("body", "Hver torsdag.\r\nI biblioteket.");
        fields.put("serviceArea", "bibliotek");
        fields.put("costModel", "for-noen");
        fields.put("place", "");
        return FormPosts.form(fields) + "&targetGroups=ungdom&targetGroups=voksne";
    }
}
