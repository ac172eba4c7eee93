package no.samskap.gateway.feedback;

import no.samskap.contract.events.EventFacts;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.PageSections;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.ideas.pages.IdeaStoriesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feedback module against a stand-in feedback service and the real Kafka: the read model fills from the
 * service's messages without ever naming an author, the pages show it, what only the service knows is asked live
 * with the person's token, and the forms relay each write and show a refusal in the page's language.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackPagesIT {

    private static final String RANA = "1833";
    private static final Person RESIDENT = new Person("rana-resident", "Ola Nordmann", RANA, List.of());
    private static final Person STAFF = new Person("rana-staff", "Kari Kultur", RANA, List.of("staff"));
    private static final Person ADMIN = new Person("rana-admin", "Astrid Berg", RANA, List.of("admin"));
    private static final String SETTINGS = "/stab/tilbakemeldinger/innstillinger";

    private StandInProposals service;
    private GatewayUnderTest gateway;
    private FeedbackOnKafka kafka;
    private EventMessagesOnKafka events;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        service = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.feedback-url", service.url()));
        kafka = new FeedbackOnKafka(infrastructure);
        events = new EventMessagesOnKafka(infrastructure);
        forms = new FormPosts(gateway);
        kafka.units(RANA);
        eventually(() -> assertTrue(gateway.get("/kommuner/" + RANA + "/tjenester").body().contains("Biblioteket")));
    }

    @AfterAll
    void stop() {
        events.close();
        kafka.close();
        gateway.close();
        service.close();
    }

    @Test
    void aUnitsPageShowsWhatPeopleSaidAndThePublicAnswerButNeverTheAuthor() {
        var id = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "bibliotek", 5, "Fine lesesaler, hyggelige bibliotekarer", true);
        kafka.answered(id, RANA, true, "Takk! Vi utvider åpningstidene fra mars.");

        eventually(() -> {
            var page = gateway.get("/kommuner/" + RANA + "/tjenester/bibliotek").body();
            assertAll(
                () -> assertTrue(page.contains("Fine lesesaler, hyggelige bibliotekarer"), page),
                () -> assertTrue(page.contains("Takk! Vi utvider åpningstidene fra mars."), page),
                () -> assertTrue(page.contains("Ønsker seg neste gang:"), page),
                () -> assertTrue(page.contains("Logg inn for å gi tilbakemelding"), "a visitor is asked to sign in"));
        });
        var english = gateway.get("/kommuner/" + RANA + "/tjenester/bibliotek", Map.of("Accept-Language", "en"));
        assertTrue(english.body().contains("The library") && english.body().contains("What people say"),
            english.body());
        var list = gateway.get("/kommuner/" + RANA + "/tjenester").body();
        assertTrue(list.contains("/kommuner/" + RANA + "/tjenester/kino"), list);
    }

    @Test
    void aUnitThatTheMunicipalityDoesNotNameIsNotFound() {
        assertEquals(404, gateway.get("/kommuner/" + RANA + "/tjenester/svommehall").statusCode());
    }

    @Test
    void givingFeedbackOnAUnitRelaysThePersonsTokenAndLeadsToTheFeedbackPage() {
        var id = UUID.randomUUID().toString();
        service.answer("POST", "/feedback", Answer.json(201, "{\"id\":\"" + id + "\"}"));

        var answer = forms.post(RESIDENT, "/tilbakemeldinger", FormPosts.form(Map.of("municipality", RANA,
            "unit", "kino", "rating", "4", "text", "Godt utvalg", "wishNext", "Flere seniorvisninger",
            "anonymous", "ja", "ideaConsent", "ja")));

        var sent = service.lastCallTo("/feedback");
        assertAll(
            () -> assertEquals(303, answer.statusCode(), answer.body()),
            () -> assertEquals(Optional.of("/tilbakemeldinger/" + id + "?ferdig=given"),
                answer.headers().firstValue("Location")),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "relayed with the person's token"),
            () -> assertTrue(sent.body().contains("\"unit\":\"kino\""), sent.body()),
            () -> assertTrue(sent.body().contains("\"rating\":4"), sent.body()),
            () -> assertTrue(sent.body().contains("\"anonymous\":true"), sent.body()),
            () -> assertTrue(sent.body().contains("\"ideaConsent\":true"), sent.body()));
    }

    @Test
    void aMissingRatingIsRefusedBeforeAnythingIsSentAndTheFormKeepsWhatWasTyped() {
        var before = service.callsTo("/feedback").size();

        var page = forms.post(RESIDENT, "/tilbakemeldinger", FormPosts.form(Map.of("municipality", RANA,
            "unit", "kino", "text", "Glemte stjernene")));

        assertAll(
            () -> assertEquals(422, page.statusCode()),
            () -> assertTrue(page.body().contains("Velg en vurdering fra 1 til 5."), page.body()),
            () -> assertTrue(page.body().contains("href=\"#rating\""), page.body()),
            () -> assertTrue(page.body().contains("Glemte stjernene"), "the form keeps the text"),
            () -> assertTrue(page.body().contains("<h1 class=\"ds-heading\">Gi tilbakemelding</h1>\n<p><a "
                + "class=\"ds-link\" href=\"/kommuner/" + RANA + "/tjenester/kino\">Tilbake</a></p>"), page.body()),
            () -> assertEquals(before, service.callsTo("/feedback").size()));
    }

    @Test
    void theServicesRefusalIsShownInThePagesLanguage() {
        service.answer("POST", "/feedback", Answer.problem(422, """
            {"type":"https://samskap.no/problems/not-attended","title":"Not attended","status":422,
             "detail":"Only attendees may give feedback"}"""));

        var page = forms.post(RESIDENT, "/tilbakemeldinger", FormPosts.form(Map.of("eventId",
            UUID.randomUUID().toString(), "rating", "2")));

        assertAll(
            () -> assertEquals(422, page.statusCode()),
            () -> assertTrue(page.body().contains("Bare de som var påmeldt eller sjekket inn"), page.body()),
            () -> assertFalse(page.body().contains("Only attendees"), page.body()));
    }

    @Test
    void anAttendeeTheServiceFindsEligibleGetsTheFormOnTheCompletedEventsPage() {
        var event = UUID.randomUUID().toString();
        var other = UUID.randomUUID().toString();
        var ended = Instant.now().minus(3, ChronoUnit.DAYS);
        events.published(event, RANA, EventMessagesOnKafka.concert("Vårkonsert", ended));
        events.published(other, RANA, EventMessagesOnKafka.concert("Høstkonsert", ended));
        service.answer("GET", "/events/" + event + "/feedback-eligibility", Answer.json(200,
            "{\"eventId\":\"" + event + "\",\"eligible\":true,\"reason\":null,\"feedbackId\":null}"));
        service.answer("GET", "/events/" + other + "/feedback-eligibility", Answer.json(200,
            "{\"eventId\":\"" + other + "\",\"eligible\":false,\"reason\":\"not-attended\",\"feedbackId\":null}"));

        eventually(() -> {
            var page = forms.get(RESIDENT, "/arrangementer/" + event);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"feedback-form\""), page.body());
            assertTrue(page.body().contains("name=\"eventId\" value=\"" + event + "\""), page.body());
        });
        eventually(() -> assertEquals(200, forms.get(RESIDENT, "/arrangementer/" + other).statusCode()));
        assertFalse(forms.get(RESIDENT, "/arrangementer/" + other).body().contains("feedback-form"),
            "no form for someone who did not attend");
        assertFalse(gateway.get("/arrangementer/" + event).body().contains("feedback-form"), "none for a visitor");
        assertTrue(service.lastCallTo("/events/" + event + "/feedback-eligibility").authorization()
            .startsWith("Bearer "));
    }

    @Test
    void theAuthorSeesThePrivateAnswerAskedLiveAndOthersSeeOnlyThatOneWasGiven() {
        var id = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "kino", 2, "For kaldt i salen", false);
        kafka.answered(id, RANA, false, null);
        service.answer("GET", "/feedback/" + id, Answer.json(200, """
            {"id":"%s","municipality":"1833","eventId":null,"unit":"kino","rating":2,"text":"For kaldt i salen",
             "wishNext":null,"anonymous":false,"ideaConsent":false,"status":"visible","mine":true,
             "answer":{"text":"Vi har bestilt ny varmepumpe.","publicAnswer":false,"answeredAt":"2027-03-01T10:00:00Z",
             "onTime":true},"author":null}""".formatted(id)));

        eventually(() -> assertTrue(gateway.get("/tilbakemeldinger/" + id).body()
            .contains("Kommunen har svart den som skrev direkte."), "a visitor learns only that it was answered"));
        var author = forms.get(RESIDENT, "/tilbakemeldinger/" + id).body();
        assertAll(
            () -> assertTrue(author.contains("Vi har bestilt ny varmepumpe."), author),
            () -> assertTrue(author.contains("Din tilbakemelding"), author),
            () -> assertFalse(gateway.get("/tilbakemeldinger/" + id).body().contains("varmepumpe")));
    }

    @Test
    void staffSeeFeedbackWhoseAuthorErasedTheirAccountAsFromAFormerParticipant() {
        var id = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "kino", 3, "God lyd i salen", false);
        service.answer("GET", "/feedback/" + id, Answer.json(200, """
            {"id":"%s","municipality":"1833","eventId":null,"unit":"kino","rating":3,"text":"God lyd i salen",
             "wishNext":null,"anonymous":false,"ideaConsent":false,"status":"visible","mine":false,"answer":null,
             "author":{"id":"former-participant:%s","name":null},"reports":0}""".formatted(id, UUID.randomUUID())));

        eventually(() -> assertEquals(200, gateway.get("/tilbakemeldinger/" + id).statusCode()));
        var bokmal = forms.get(STAFF, "/tilbakemeldinger/" + id).body();
        var english = gateway.get("/tilbakemeldinger/" + id, Map.of("Cookie", forms.cookiesOf(STAFF),
            "Accept-Language", "en")).body();
        assertAll(
            () -> assertTrue(bokmal.contains("<dd id=\"author\"><bdi>Tidligere deltaker</bdi></dd>"), bokmal),
            () -> assertTrue(english.contains("<bdi>Former participant</bdi>"), english),
            () -> assertFalse(bokmal.contains("former-participant:"), "the pseudonym is never shown"));
    }

    @Test
    void hiddenFeedbackLeavesThePublicPagesAndAWithdrawnOneIsGone() {
        var hidden = UUID.randomUUID().toString();
        var withdrawn = UUID.randomUUID().toString();
        kafka.givenOnUnit(hidden, RANA, "kino", 1, "Reklame for en annen kino", false);
        kafka.givenOnUnit(withdrawn, RANA, "kino", 3, "Angrer meg", false);
        kafka.hidden(hidden, RANA, "Reklame");
        kafka.withdrawn(withdrawn, RANA);

        eventually(() -> {
            assertEquals(404, gateway.get("/tilbakemeldinger/" + hidden).statusCode());
            assertEquals(404, gateway.get("/tilbakemeldinger/" + withdrawn).statusCode());
        });
        var unit = gateway.get("/kommuner/" + RANA + "/tjenester/kino").body();
        assertFalse(unit.contains("Reklame for en annen kino") || unit.contains("Angrer meg"), unit);
    }

    @Test
    void staffAnswerFromTheInboxAndARefusalComesBackBesideTheForm() {
        var id = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "bibliotek", 3, "Savner lørdagsåpent", false);
        eventually(() -> {
            var inbox = forms.get(STAFF, "/stab/innboks");
            assertTrue(inbox.body().contains("Tilbakemeldinger som venter på svar"), inbox.body());
            assertTrue(inbox.body().contains("Savner lørdagsåpent"), inbox.body());
        });
        service.answer("POST", "/feedback/" + id + "/answer", Answer.problem(403, """
            {"type":"https://samskap.no/problems/forbidden","title":"Forbidden","status":403}"""));

        var refused = forms.post(STAFF, "/stab/innboks/tilbakemeldinger/" + id + "/svar",
            FormPosts.form(Map.of("text", "Vi ser på det", "publicAnswer", "nei")));

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("<li><a class=\"ds-link\" href=\"#answer-" + id
            + "\">Du har ikke lov til dette.</a></li>"), refused.body());
        assertTrue(refused.body().contains("Vi ser på det"), "the answer typed is kept");
        assertTrue(service.lastCallTo("/feedback/" + id + "/answer").body().contains("\"publicAnswer\":false"));

        service.answer("POST", "/feedback/" + id + "/answer", Answer.json(200, "{\"id\":\"" + id + "\"}")
            .thenRun(() -> kafka.answered(id, RANA, true, "Vi prøver lørdagsåpent i vår.")));
        var answered = forms.post(STAFF, "/stab/innboks/tilbakemeldinger/" + id + "/svar",
            FormPosts.form(Map.of("text", "Vi prøver lørdagsåpent i vår.", "publicAnswer", "ja")));
        assertEquals(303, answered.statusCode(), answered.body());
        eventually(() -> assertFalse(forms.get(STAFF, "/stab/innboks").body().contains("Savner lørdagsåpent")));
    }

    @Test
    void aResidentMayNotAnswerAndIsToldSoWithoutAnythingRelayed() {
        var before = service.calls().size();

        var page = forms.post(RESIDENT, "/stab/innboks/tilbakemeldinger/" + UUID.randomUUID() + "/svar",
            FormPosts.form(Map.of("text", "Hei")));

        assertEquals(403, page.statusCode());
        assertEquals(before, service.calls().size());
    }

    @Test
    void myPageListsMyFeedbackWithThePrivateAnswerAskedLive() {
        service.answer("GET", "/me/feedback", Answer.json(200, """
            [{"id":"%s","municipality":"1833","eventId":null,"eventTitle":null,"unit":"bibliotek","rating":4,
              "text":"Bra","anonymous":false,"ideaConsent":false,"status":"visible","mine":true,
              "answer":{"text":"Takk for at du sa ifra.","publicAnswer":false,"answeredAt":"2027-03-01T10:00:00Z",
              "onTime":true}}]""".formatted(UUID.randomUUID())));

        var page = forms.get(RESIDENT, "/meg").body();

        assertTrue(page.contains("Mine tilbakemeldinger"), page);
        assertTrue(page.contains("Svar til deg: Takk for at du sa ifra."), page);
    }

    @Test
    void myFeedbackShowsWhatItIsAboutAsTextThatItWasHiddenAndWhenAnAnswerIsDue() {
        var id = UUID.randomUUID().toString();
        service.answer("GET", "/me/feedback", Answer.json(200, """
            [{"id":"%s","municipality":"1833","eventId":"%s","eventTitle":"<script>alert(1)</script>Vårkonsert",
              "unit":null,"rating":2,"text":"For høy lyd","anonymous":false,"ideaConsent":false,"status":"hidden",
              "mine":true,"respondBy":"2027-03-15","answer":null}]""".formatted(id, UUID.randomUUID())));

        var page = forms.get(RESIDENT, "/meg").body();

        assertAll(
            () -> assertTrue(page.contains("<li data-feedback-id=\"" + id + "\"><a class=\"ds-link\" "
                + "href=\"/tilbakemeldinger/" + id + "\">&lt;script&gt;alert(1)&lt;/script&gt;Vårkonsert</a> – 2 av 5 "
                + "<span class=\"ds-tag\" data-color=\"warning\">Skjult</span><br>Kommunen svarer innen "), page),
            () -> assertFalse(page.contains("<script>alert(1)"), page));
    }

    @Test
    void myFeedbackSaysItCannotBeFetchedWhenTheServiceDoesNotAnswer() {
        service.answer("GET", "/me/feedback", Answer.unavailable());

        var section = PageSections.section(forms.get(RESIDENT, "/meg").body(), "my-feedback");

        assertTrue(section.contains("<p>Vi kunne ikke hente tilbakemeldingene dine nå.</p>"), section);
    }

    @Test
    void anEventsPageShowsWhatAttendeesSaidAsTextAndLinksTheFeedbackThePersonGave() {
        var event = UUID.randomUUID().toString();
        var id = UUID.randomUUID().toString();
        events.published(event, RANA, EventMessagesOnKafka.concert("Julekonsert", Instant.now().minus(2,
            ChronoUnit.DAYS)));
        kafka.givenOnEvent(id, RANA, event, 4, "<script>alert(1)</script>Fin kveld");
        service.answer("GET", "/events/" + event + "/feedback-eligibility", Answer.json(200,
            "{\"eventId\":\"" + event + "\",\"eligible\":false,\"reason\":\"already-given\",\"feedbackId\":\""
                + id + "\"}"));

        eventually(() -> {
            var page = forms.get(RESIDENT, "/arrangementer/" + event).body();
            assertAll(
                () -> assertTrue(page.contains("<li data-feedback-id=\"" + id + "\"><a class=\"ds-link\" "
                    + "href=\"/tilbakemeldinger/" + id + "\">4 av 5</a> – &lt;script&gt;alert(1)&lt;/script&gt;Fin "
                    + "kveld</li>"), page),
                () -> assertFalse(page.contains("<script>alert(1)"), page),
                () -> assertTrue(page.contains("<p id=\"feedback-given\"><a class=\"ds-link\" "
                    + "href=\"/tilbakemeldinger/" + id + "\">Du har gitt tilbakemelding"), page),
                () -> assertFalse(page.contains("id=\"feedback-form\""), page));
        });
        service.answer("GET", "/events/" + event + "/feedback-eligibility", Answer.unavailable());
        assertTrue(forms.get(RESIDENT, "/arrangementer/" + event).body().contains("<p id=\"feedback-unknown\">"
            + "Vi kunne ikke sjekke om du kan gi tilbakemelding nå."));
    }

    @Test
    void theAuthorChangesTheirFeedbackThroughAFormFilledFromTheServiceAndLinkedFromTheirPages() {
        var id = ownFeedback(Instant.now().plus(10, ChronoUnit.DAYS));
        service.answer("GET", "/me/feedback", Answer.json(200, "[" + ownView(id, Instant.now().plus(10,
            ChronoUnit.DAYS)) + "]"));
        service.answer("PATCH", "/feedback/" + id, Answer.json(200, "{\"id\":\"" + id + "\"}"));

        var form = forms.get(RESIDENT, "/tilbakemeldinger/" + id + "/endre");
        var answer = forms.post(RESIDENT, "/tilbakemeldinger/" + id + "/endre", FormPosts.form(Map.of("rating", "5",
            "text", "Lyden var bra etter pausen", "wishNext", "Flere konserter", "ideaConsent", "ja")));

        var sent = service.lastCallTo("/feedback/" + id);
        assertAll(
            () -> assertEquals(200, form.statusCode(), form.body()),
            () -> assertTrue(form.body().contains("action=\"/tilbakemeldinger/" + id + "/endre\""), form.body()),
            () -> assertTrue(form.body().contains("<a class=\"ds-link\" href=\"/tilbakemeldinger/" + id
                + "\">Tilbake til tilbakemeldingen</a>"), form.body()),
            () -> assertTrue(form.body().contains("Lyden var for lav."), "filled with what it says now"),
            () -> assertTrue(form.body().contains("value=\"3\" checked"), form.body()),
            () -> assertFalse(form.body().contains("name=\"anonymous\""), "anonymity stays as given"),
            () -> assertEquals(303, answer.statusCode(), answer.body()),
            () -> assertEquals(Optional.of("/tilbakemeldinger/" + id + "?ferdig=edited"),
                answer.headers().firstValue("Location")),
            () -> assertEquals("PATCH", sent.method()),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "relayed with the person's token"),
            () -> assertTrue(sent.body().contains("\"rating\":5") && sent.body().contains("\"ideaConsent\":true"),
                sent.body()),
            () -> assertTrue(forms.get(RESIDENT, "/tilbakemeldinger/" + id + "?ferdig=edited").body()
                .contains("href=\"/tilbakemeldinger/" + id + "/endre\""), "the feedback page links to the form"),
            () -> assertTrue(forms.get(RESIDENT, "/meg").body().contains("/tilbakemeldinger/" + id + "/endre"),
                "my page links to the form"));
    }

    @Test
    void aClosedWindowIsRefusedInThePagesLanguageWithTheFormKept() {
        var id = ownFeedback(Instant.now().minus(1, ChronoUnit.DAYS));
        service.answer("PATCH", "/feedback/" + id, Answer.problem(422, """
            {"type":"https://samskap.no/problems/edit-window-closed","title":"Edit window closed","status":422}"""));

        var page = forms.post(RESIDENT, "/tilbakemeldinger/" + id + "/endre", FormPosts.form(Map.of("rating", "2",
            "text", "For sent")));
        var english = postInEnglish("/tilbakemeldinger/" + id + "/endre", FormPosts.form(Map.of("rating", "2")));

        assertAll(
            () -> assertEquals(422, page.statusCode()),
            () -> assertTrue(page.body().contains("id=\"error-summary\""), page.body()),
            () -> assertTrue(page.body().contains("kan bare endres de første 14 dagene"), page.body()),
            () -> assertTrue(page.body().contains("For sent"), "the form keeps the text"),
            () -> assertTrue(english.body().contains("first 14 days"), english.body()),
            () -> assertFalse(forms.get(RESIDENT, "/tilbakemeldinger/" + id).body().contains("/endre\""),
                "no link once the window has closed"));
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedBeforeAnythingIsSent() {
        var id = ownFeedback(Instant.now().plus(10, ChronoUnit.DAYS));

        var page = forms.post(RESIDENT, "/tilbakemeldinger/" + id + "/endre", FormPosts.form(Map.of("rating", "9")));

        assertAll(
            () -> assertEquals(422, page.statusCode()),
            () -> assertTrue(page.body().contains("href=\"#rating\""), page.body()),
            () -> assertEquals(0, service.callsTo("/feedback/" + id).stream()
                .filter(call -> call.method().equals("PATCH")).count()));
    }

    @Test
    void someoneElsesFeedbackHasNoEditFormForThem() {
        var id = UUID.randomUUID().toString();
        service.answer("GET", "/feedback/" + id, Answer.json(200, ownView(id, Instant.now().plus(10, ChronoUnit.DAYS))
            .replace("\"mine\":true", "\"mine\":false")));

        assertEquals(404, forms.get(RESIDENT, "/tilbakemeldinger/" + id + "/endre").statusCode());
    }

    private HttpResponse<String> postInEnglish(String path, String form) {
        return postInEnglish(RESIDENT, path, form);
    }

    private HttpResponse<String> postInEnglish(Person person, String path, String form) {
        return gateway.send(gateway.request(path).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", forms.cookiesOf(person) + "; samskap_lang=en; samskap_csrf=" + FormPosts.CSRF)
            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + FormPosts.CSRF)).build());
    }

    private String hiddenOwnFeedback() {
        var id = UUID.randomUUID().toString();
        service.answer("GET", "/feedback/" + id, Answer.json(200, """
            {"id":"%s","municipality":"1833","unit":"kino","rating":1,"text":"Gå heller på kinoen i Mo.",
             "wishNext":null,"anonymous":false,"ideaConsent":false,"status":"hidden","hiddenReason":"Reklame",
             "mine":true,"answer":null}""".formatted(id)));
        return id;
    }

    private static Answer refusedAs(int status, String rule) {
        return Answer.problem(status, """
            {"type":"https://samskap.no/problems/%s","title":"Refused","status":%d,"detail":"Refused in English"}"""
            .formatted(rule, status));
    }

    private static Answer invalidField(String field) {
        return Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid","title":"Invalid","status":422,"detail":"Invalid in English",
             "errors":[{"field":"%s","message":"must be given"}]}""".formatted(field));
    }

    @Test
    void theAuthorAppealsAHidingFromTheFeedbackPageAndTheAppealIsRelayedWithTheirToken() {
        var id = hiddenOwnFeedback();
        var visible = ownFeedback(Instant.now().plus(5, ChronoUnit.DAYS));
        service.answer("POST", "/feedback/" + id + "/appeal", Answer.json(201, """
            {"feedbackId":"%s","text":"Det var ikke reklame","appealedAt":"2027-03-01T10:00:00Z"}""".formatted(id)));

        var page = forms.get(RESIDENT, "/tilbakemeldinger/" + id).body();
        var appealed = forms.post(RESIDENT, "/tilbakemeldinger/" + id + "/anke",
            FormPosts.form(Map.of("text", "Det var ikke reklame")));
        var relayed = service.lastCallTo("/feedback/" + id + "/appeal");
        var confirmed = forms.get(RESIDENT, appealed.headers().firstValue("Location").orElseThrow()).body();

        assertAll(
            () -> assertTrue(page.contains("Reklame") && page.contains("action=\"/tilbakemeldinger/" + id + "/anke\"")
                && page.contains("Klag på skjulingen"), page),
            () -> assertEquals(303, appealed.statusCode(), appealed.body()),
            () -> assertTrue(relayed.body().contains("\"text\":\"Det var ikke reklame\""), relayed.body()),
            () -> assertTrue(relayed.authorization().startsWith("Bearer "), "relayed with the author's token"),
            () -> assertTrue(confirmed.contains("Klagen er sendt."), confirmed),
            () -> assertFalse(forms.get(RESIDENT, "/tilbakemeldinger/" + visible).body().contains("/anke\""),
                "feedback that is not hidden has no appeal form"));
    }

    @Test
    void anAppealTheServiceRefusesIsShownInThePagesLanguageWithAnErrorSummary() {
        var id = hiddenOwnFeedback();
        var appeal = "/tilbakemeldinger/" + id + "/anke";

        service.answer("POST", "/feedback/" + id + "/appeal", refusedAs(409, "appealed-already"));
        var again = forms.post(RESIDENT, appeal, FormPosts.form(Map.of("text", "En gang til")));
        service.answer("POST", "/feedback/" + id + "/appeal", refusedAs(409, "not-appealable"));
        var notHidden = postInEnglish(appeal, FormPosts.form(Map.of("text", "Please")));
        service.answer("POST", "/feedback/" + id + "/appeal", invalidField("text"));
        var blank = forms.post(RESIDENT, appeal, FormPosts.form(Map.of("text", "  ")));

        assertAll(
            () -> assertEquals(409, again.statusCode()),
            () -> assertTrue(again.body().contains("id=\"error-summary\"")
                && again.body().contains("Du har allerede klaget på denne skjulingen."), again.body()),
            () -> assertEquals(409, notHidden.statusCode()),
            () -> assertTrue(notHidden.body().contains("Only feedback hidden by a moderator can be appealed."),
                notHidden.body()),
            () -> assertFalse(notHidden.body().contains("Refused in English"), notHidden.body()),
            () -> assertEquals(422, blank.statusCode()),
            () -> assertTrue(blank.body().contains("Skriv hvorfor du klager"), blank.body()),
            () -> assertTrue(service.lastCallTo("/feedback/" + id + "/appeal").body().contains("\"text\":\"\""),
                "the service decides that a blank reason is no reason"));
    }

    @Test
    void theMunicipalitysAdminReadsAndSavesTheFeedbackSettingsThroughTheService() {
        var path = "/municipalities/" + RANA + "/feedback-settings";
        service.answer("GET", path, Answer.json(200, "{\"municipality\":\"1833\",\"reportThreshold\":3}"));
        service.answer("PUT", path, Answer.json(200, "{\"municipality\":\"1833\",\"reportThreshold\":5}"));

        var page = forms.get(ADMIN, SETTINGS).body();
        var saved = forms.post(ADMIN, SETTINGS, FormPosts.form(Map.of("reportThreshold", "5")));
        var relayed = service.lastCallTo(path);
        var confirmed = forms.get(ADMIN, saved.headers().firstValue("Location").orElseThrow()).body();

        assertAll(
            () -> assertTrue(page.contains("name=\"reportThreshold\"") && page.contains("value=\"3\""), page),
            () -> assertEquals(303, saved.statusCode(), saved.body()),
            () -> assertEquals("PUT", relayed.method()),
            () -> assertTrue(relayed.body().contains("\"reportThreshold\":5"), relayed.body()),
            () -> assertTrue(relayed.authorization().startsWith("Bearer "), "relayed with the admin's token"),
            () -> assertTrue(confirmed.contains("Innstillingene er lagret."), confirmed),
            () -> assertTrue(forms.get(ADMIN, "/stab/tilbakemeldinger/moderering").body()
                .contains("href=\"" + SETTINGS + "\""), "admins find the settings from the moderation page"),
            () -> assertFalse(forms.get(STAFF, "/stab/tilbakemeldinger/moderering").body()
                .contains("href=\"" + SETTINGS + "\""), "other staff are not offered them"));
    }

    @Test
    void settingsTheServiceRefusesOrThatAreNoNumberAreShownNamingTheField() {
        var path = "/municipalities/" + RANA + "/feedback-settings";
        service.answer("PUT", path, invalidField("reportThreshold"));
        var before = service.callsTo(path).size();

        var notANumber = forms.post(ADMIN, SETTINGS, FormPosts.form(Map.of("reportThreshold", "mange")));
        var relayedAfterNotANumber = service.callsTo(path).size();
        var tooMany = postInEnglish(ADMIN, SETTINGS, FormPosts.form(Map.of("reportThreshold", "5000")));

        assertAll(
            () -> assertEquals(422, notANumber.statusCode()),
            () -> assertTrue(notANumber.body().contains("id=\"error-summary\"")
                && notANumber.body().contains("href=\"#report-threshold\"")
                && notANumber.body().contains("Antall meldinger må være et helt tall fra 1 til 1000."),
                notANumber.body()),
            () -> assertTrue(notANumber.body().contains("value=\"mange\""), "what was typed is kept"),
            () -> assertEquals(before, relayedAfterNotANumber, "nothing is relayed for what is no number"),
            () -> assertEquals(422, tooMany.statusCode()),
            () -> assertTrue(tooMany.body().contains("The number of reports must be a whole number from 1 to 1000."),
                tooMany.body()),
            () -> assertTrue(tooMany.body().contains("value=\"5000\""), tooMany.body()));
    }

    @Test
    void staffWhoAreNotAdminsMayNotReadOrChangeTheSettingsAndNothingIsRelayed() {
        var path = "/municipalities/" + RANA + "/feedback-settings";
        var before = service.callsTo(path).size();

        var read = forms.get(STAFF, SETTINGS);
        var change = forms.post(STAFF, SETTINGS, FormPosts.form(Map.of("reportThreshold", "1")));
        var resident = forms.get(RESIDENT, SETTINGS);

        assertAll(
            () -> assertEquals(403, read.statusCode()),
            () -> assertEquals(403, change.statusCode()),
            () -> assertEquals(403, resident.statusCode()),
            () -> assertEquals(before, service.callsTo(path).size()));
    }

    private String ownFeedback(Instant editableUntil) {
        var id = UUID.randomUUID().toString();
        service.answer("GET", "/feedback/" + id, Answer.json(200, ownView(id, editableUntil)));
        return id;
    }

    private static String ownView(String id, Instant editableUntil) {
        return """
            {"id":"%s","municipality":"1833","unit":"kino","rating":3,"text":"Lyden var for lav.","wishNext":null,
             "anonymous":false,"ideaConsent":false,"status":"visible","mine":true,"editableUntil":"%s",
             "answer":null}""".formatted(id, editableUntil);
    }

    @Test
    void theOpenFiguresCountWithoutAnyText() {
        var id = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "bibliotek", 4, "Hemmelig tekst som ikke skal ut", true);

        eventually(() -> {
            var data = gateway.get("/api/open-data/feedback-figures.json?municipality=" + RANA).body();
            assertTrue(data.contains("\"subject\":\"unit\"") && data.contains("\"key\":\"bibliotek\""), data);
            assertFalse(data.contains("Hemmelig"), data);
        });
    }

    @Test
    void anIdeaMadeOfFeedbackAndTheEventThatRealisesItShowOnTheUnitsPage() {
        var id = UUID.randomUUID().toString();
        var idea = UUID.randomUUID().toString();
        var event = UUID.randomUUID().toString();
        kafka.givenOnUnit(id, RANA, "bibliotek", 4, "Vi vil ha strikkekafé", false);
        kafka.turnedIntoIdea(id, RANA, idea, "Strikkekafé på biblioteket");
        var facts = EventMessagesOnKafka.readingHour("Strikkekafé", Instant.now().plus(7, ChronoUnit.DAYS));
        events.published(event, RANA, new no.samskap.contract.events.EventFacts(facts.title(), facts.description(),
            facts.hostingUnit(), List.of(), List.of(idea), null, null, null, facts.startsAt(), facts.endsAt(),
            facts.audience(), List.of(), null, null, List.of()));

        eventually(() -> {
            var page = gateway.get("/kommuner/" + RANA + "/tjenester/bibliotek").body();
            assertTrue(page.contains("/ideer/" + idea) && page.contains("Strikkekafé på biblioteket"), page);
            assertTrue(page.contains("/arrangementer/" + event), page);
        });
    }

    @Test
    void anIdeasPageShowsWhatTheAttendeesOfItsEventSaidAndStaffMakeAWishAnIdeaOfThatEventsUnit(
        TestInfrastructure infrastructure) {
        String idea;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, RANA)) {
            idea = ideas.published("Eventyrstund på biblioteket", "Eventyr for de minste på lørdager.", "bibliotek");
        }
        var event = UUID.randomUUID().toString();
        var reading = EventMessagesOnKafka.readingHour("Eventyrstund", Instant.now().minus(2, ChronoUnit.DAYS));
        events.published(event, RANA, new EventFacts(reading.title(), reading.description(), reading.hostingUnit(),
            List.of(), List.of(idea), null, null, null, reading.startsAt(), reading.endsAt(), reading.audience(),
            List.of(), null, null, List.of()));
        var id = UUID.randomUUID().toString();
        kafka.givenOnEvent(id, RANA, event, 5, "Barna satt musestille");
        service.answer("GET", "/feedback/" + id, Answer.json(200, """
            {"id":"%s","municipality":"1833","eventId":"%s","unit":null,"rating":5,"text":"Barna satt musestille",
             "wishNext":"Mer eventyr","anonymous":false,"ideaConsent":true,"status":"visible","mine":false,
             "answer":null,"author":null}""".formatted(id, event)));

        eventually(() -> {
            var page = gateway.get("/ideer/" + idea).body();
            assertTrue(page.contains("id=\"idea-feedback\"") && page.contains("Barna satt musestille")
                && page.contains("href=\"/tilbakemeldinger/" + id + "\""), page);
        });
        var asStaff = forms.get(STAFF, "/tilbakemeldinger/" + id).body();
        assertTrue(asStaff.contains("id=\"idea-form\"")
            && asStaff.contains("name=\"serviceArea\" value=\"bibliotek\""), asStaff);
    }

    @Test
    void staffGetTheIdeaFormFilledWithTheAuthorsWishAsTextNeverAsMarkup() {
        var id = UUID.randomUUID().toString();
        service.answer("GET", "/feedback/" + id, Answer.json(200, """
            {"id":"%s","municipality":"1833","eventId":null,"unit":"bibliotek","rating":4,"text":"Fint",
             "wishNext":"</textarea><script>alert(1)</script>","anonymous":false,"ideaConsent":true,
             "status":"visible","mine":false,"answer":null,"author":null}""".formatted(id)));

        var asStaff = forms.get(STAFF, "/tilbakemeldinger/" + id).body();

        assertAll(
            () -> assertTrue(asStaff.contains(">&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"),
                asStaff),
            () -> assertFalse(asStaff.contains("<script>alert(1)"), asStaff),
            () -> assertTrue(asStaff.contains("action=\"/tilbakemeldinger/" + id + "/ide\""), asStaff),
            () -> assertTrue(asStaff.contains("name=\"serviceArea\" value=\"bibliotek\""), asStaff));
    }
}
