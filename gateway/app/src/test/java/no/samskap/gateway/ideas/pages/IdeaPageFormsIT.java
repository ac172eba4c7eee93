package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forms on an idea page: what each sends the proposals service, where it leads, and how a refusal comes back. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaPageFormsIT {

    private static final Person RESIDENT = Person.ranaResident();
    private static final Person AUTHOR = new Person("rana-author", "Ola Hansen", "1833", List.of("resident"));
    private static final String COMMENT = "6f1c2a8e-2b7e-4c55-9d0a-1c2b3d4e5f60";
    private static final String OFFICIAL = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d";

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private FormPosts forms;
    private String idea;
    private String visibleComment;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        forms = new FormPosts(gateway);
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            idea = ideas.published("Lesesirkel for ungdom", "Hver torsdag.", "bibliotek");
            visibleComment = ideas.commented(idea, null, subjectOf(RESIDENT), false, "Gjerne!\nJeg blir med.",
                Instant.parse("2026-11-03T10:00:00Z"));
            ideas.commented(idea, visibleComment, "staff-1", true, "Vi ser på det.", Instant.parse("2026-11-04T10:00:00Z"));
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + idea).body().contains("Vi ser på det.")));
        proposals.answer("GET", "/ideas/" + idea + "/comments", Answer.json(200, """
            {"threads":[{"comment":{"id":"%s","parentId":null,"authorId":"%s","official":false,"body":"Gjerne!\\nJeg blir med.",
              "writtenAt":"2026-11-03T10:00:00Z","editedAt":null,"hidden":false,"editableByYou":true},
             "answers":[{"id":"%s","parentId":"%s","authorId":"staff-1","official":true,"body":"Vi ser på det.",
              "writtenAt":"2026-11-04T10:00:00Z","editedAt":null,"hidden":false,"editableByYou":false}]}]}"""
            .formatted(COMMENT, subjectOf(RESIDENT), OFFICIAL, COMMENT)));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void showsAnAnonymousVisitorTheDiscussionAndALinkToSignInInsteadOfForms() {
        var page = gateway.get("/ideer/" + idea).body();

        assertAll(
            () -> assertTrue(page.contains("id=\"sign-in-to-support\""), page),
            () -> assertTrue(page.contains("id=\"sign-in-to-comment\""), page),
            () -> assertFalse(page.contains("id=\"support\""), page),
            () -> assertFalse(page.contains("id=\"comment-form\""), page),
            () -> assertTrue(page.contains("class=\"comment\" id=\"comment-" + visibleComment + "\" data-comment-id=\""
                + visibleComment + "\""), page),
            () -> assertTrue(page.contains("Gjerne!<br>"), page),
            () -> assertTrue(page.contains("class=\"comment official\""), page),
            () -> assertTrue(page.contains("<strong>Svar fra kommunen</strong>"), page),
            () -> assertTrue(page.contains("id=\"support-count\"") && page.contains("id=\"timeline\""), page));
        assertTrue(proposals.callsTo("/ideas/" + idea + "/comments").stream().allMatch(call -> call.authorization() != null),
            "a visitor's discussion comes from the gateway's copy (ADR 0064), only signed-in viewers' from the service");
    }

    @Test
    void leadsAnAnonymousVisitorThroughSignInBackToTheIdea() {
        var page = gateway.get("/ideer/" + idea).body();
        assertTrue(page.contains("href=\"/ideer/" + idea + "/logg-inn\" id=\"sign-in-to-support\""), page);

        var anonymous = gateway.get("/ideer/" + idea + "/logg-inn", Map.of("Accept", "text/html"));
        var signedIn = forms.get(RESIDENT, "/ideer/" + idea + "/logg-inn");

        assertEquals(303, anonymous.statusCode());
        assertEquals("/logg-inn", anonymous.headers().firstValue("Location").orElse(null));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/ideer/" + idea, signedIn.headers().firstValue("Location").orElse(null));
    }

    @Test
    void offersASignedInResidentWhatTheServiceSaysTheyMayDo() {
        viewerState(false, true, "someone-else");

        var page = forms.get(RESIDENT, "/ideer/" + idea).body();

        assertAll(
            () -> assertTrue(page.contains("id=\"support\""), page),
            () -> assertTrue(page.contains("<button type=\"submit\" class=\"ds-button\" data-variant=\"primary\">Støtt ideen</button>"), page),
            () -> assertTrue(page.contains("<button type=\"submit\" class=\"ds-button\" data-variant=\"secondary\">Slutt å følge</button>"), page),
            () -> assertTrue(page.contains("id=\"comment-form\""), page),
            () -> assertTrue(page.contains("id=\"edit-" + COMMENT + "\""), "their own comment may be changed"),
            () -> assertFalse(page.contains("id=\"report-" + COMMENT + "\""), "nobody reports their own comment"),
            () -> assertTrue(page.contains("id=\"report-" + OFFICIAL + "\""), page),
            () -> assertTrue(page.contains("id=\"reply-" + COMMENT + "\""), page),
            () -> assertFalse(page.contains("id=\"edit-idea\""), "only the author edits"),
            () -> assertTrue(page.contains("name=\"_csrf\" value=\"" + FormPosts.CSRF + "\""), page));
        assertTrue(proposals.lastCallTo("/ideas/" + idea).authorization().startsWith("Bearer "));
    }

    @Test
    void offersTheAuthorToEditAndWithdrawButNotToSupport() {
        viewerState(false, false, subjectOf(AUTHOR));

        var page = forms.get(AUTHOR, "/ideer/" + idea).body();

        assertAll(
            () -> assertTrue(page.contains("href=\"/ideer/" + idea + "/endre\" id=\"edit-idea\""), page),
            () -> assertTrue(page.contains("id=\"withdraw-idea\""), page),
            () -> assertFalse(page.contains("id=\"support\""), page));
        var edit = forms.get(AUTHOR, "/ideer/" + idea + "/endre").body();
        assertTrue(edit.contains("value=\"Lesesirkel for ungdom\""), edit);
        assertTrue(edit.contains("action=\"/ideer/" + idea + "/endre\""), edit);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /stotte                         | give=true                  | PUT    | /support                        |                                   | supported
        /stotte                         | give=false                 | DELETE | /support                        |                                   | support-withdrawn
        /folg                           | follow=true                | PUT    | /follow                         |                                   | followed
        /folg                           | follow=false               | DELETE | /follow                         |                                   | unfollowed
        /kommentarer                    | body=Bra+id%C3%A9          | POST   | /comments                       | {"body":"Bra idé"}                | commented
        /rapport                        | reason=Reklame             | POST   | /reports                        | {"reason":"Reklame"}              | reported
        /trekk                          | confirm=true               | POST   | /withdrawal                     |                                   | withdrawn
        /kommentarer/{comment}          | body=Endret                | PATCH  | /comments/{comment}             | {"body":"Endret"}                 | comment-edited
        /kommentarer/{comment}/rapport  | reason=Hets                | POST   | /comments/{comment}/reports     | {"reason":"Hets"}                 | reported
        /kommentarer/{comment}/anke     | text=Feil                  | POST   | /comments/{comment}/appeal      | {"text":"Feil"}                   | comment-appealed
        """)
    void sendsEachFormOnAndAnswersSeeOtherBackToTheIdea(String route, String form, String method, String serviceRoute,
                                                        String json, String done) {
        var servicePath = "/ideas/" + idea + serviceRoute.replace("{comment}", COMMENT);
        proposals.answer(method, servicePath, Answer.json(200, "{\"supportCount\":1,\"following\":true}"));

        var response = forms.post(RESIDENT, "/ideer/" + idea + route.replace("{comment}", COMMENT), form);

        var call = proposals.lastCallTo(servicePath);
        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("/ideer/" + idea + "?done=" + done, response.headers().firstValue("Location").orElse(null)),
            () -> assertEquals(method, call.method()),
            () -> assertEquals(json == null ? "" : json, call.body()),
            () -> assertTrue(call.authorization().startsWith("Bearer "), call.authorization()));
    }

    @Test
    void sendsAnAnswerToACommentWithItsParent() {
        proposals.answer("POST", "/ideas/" + idea + "/comments", Answer.json(201, "{}"));

        forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer", "body=Enig&parentId=" + COMMENT);

        assertEquals("{\"body\":\"Enig\",\"parentId\":\"" + COMMENT + "\"}",
            proposals.lastCallTo("/ideas/" + idea + "/comments").body());
    }

    @Test
    void sendsTheSameCommentPostedTwiceUnderOneIdempotencyKeyAndAnotherUnderItsOwn() {
        var servicePath = "/ideas/" + idea + "/comments";
        proposals.answer("POST", servicePath, Answer.json(201, "{}"));

        forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer", "body=Gjerne+p%C3%A5+torsdager");
        var first = proposals.lastCallTo(servicePath).idempotencyKey();
        forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer", "body=Gjerne+p%C3%A5+torsdager");
        var again = proposals.lastCallTo(servicePath).idempotencyKey();
        forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer", "body=Eller+fredager");

        assertEquals(first, again);
        assertTrue(first != null && !first.equals(proposals.lastCallTo(servicePath).idempotencyKey()), first);
    }

    @Test
    void refusesEveryFormWithoutItsCsrfToken() {
        var callsBefore = proposals.calls().size();

        for (var route : List.of("/stotte", "/folg", "/kommentarer", "/rapport", "/trekk", "/endre")) {
            assertEquals(403, forms.postWithoutCsrf(RESIDENT, "/ideer/" + idea + route, "body=x").statusCode(), route);
        }
        assertEquals(callsBefore, proposals.calls().size());
    }

    @Test
    void showsARefusedCommentAgainWithItsMessageTiedToTheFieldAndTheTextKept() {
        viewerState(false, false, "someone-else");
        proposals.answer("POST", "/ideas/" + idea + "/comments", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "errors":[{"field":"body","message":"must be between 1 and 2000 characters, was 2001"}]}"""));

        var response = forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer", "body=%3Cb%3EFor+lang%3C%2Fb%3E%0D%0Atekst");

        var page = response.body();
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(page.contains("<p class=\"ds-validation-message field-error\" data-field=\"validation\" id=\"comment-form-text-error\" role=\"alert\">"), page),
            () -> assertTrue(page.contains("aria-describedby=\"comment-form-text-hint comment-form-text-error\""), page),
            () -> assertTrue(page.contains("&lt;b&gt;For lang&lt;/b&gt;&#10;tekst</textarea>"), page));
    }

    @Test
    void showsTheServicesRefusalOfASupportBesideTheButtonInThePagesWords() {
        viewerState(false, false, "someone-else");
        proposals.answer("PUT", "/ideas/" + idea + "/support", Answer.problem(409, """
            {"type":"https://samskap.no/problems/support-refused","title":"Conflict","status":409,
             "detail":"You cannot support your own idea."}"""));

        var response = forms.post(RESIDENT, "/ideer/" + idea + "/stotte", "give=true");

        assertEquals(409, response.statusCode());
        assertTrue(response.body().contains("id=\"support-error\">Ideen kan ikke støttes nå. Du kan ikke støtte din egen idé,"),
            response.body());
        assertFalse(response.body().contains("You cannot support"), "the service's English stays off the page");
    }

    @Test
    void sendsTheAuthorsChangesAsAPatchAndShowsARefusalWithTheChangesKept() {
        proposals.answer("PATCH", "/ideas/" + idea, Answer.json(200, "{\"id\":\"" + idea + "\",\"status\":\"published\"}"));

        var changed = forms.post(AUTHOR, "/ideer/" + idea + "/endre",
            "title=Lesesirkel+for+alle&body=Hver+torsdag&serviceArea=bibliotek&costModel=for-alle&place=");

        assertEquals(303, changed.statusCode(), changed.body());
        assertEquals("/ideer/" + idea + "?done=edited", changed.headers().firstValue("Location").orElse(null));
        assertTrue(proposals.lastCallTo("/ideas/" + idea).body().contains("\"title\":\"Lesesirkel for alle\""));

        proposals.answer("PATCH", "/ideas/" + idea, Answer.problem(409, """
            {"type":"https://samskap.no/problems/edit-refused","title":"Conflict","status":409,
             "detail":"The idea is answered and can no longer be changed."}"""));
        var refused = forms.post(AUTHOR, "/ideer/" + idea + "/endre", "title=Ny+tittel&body=Tekst&serviceArea=kino");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("<li>Ideen kan ikke endres lenger: kommunen har allerede svart på den,"),
            refused.body());
        assertFalse(refused.body().contains("The idea is answered"), "the service's English stays off the page");
        assertTrue(refused.body().contains("value=\"Ny tittel\""), refused.body());
    }

    @Test
    void anEmptiedPlaceFieldAsksTheServiceToClearThePlaceAndANamedPlaceIsSentAsIs() {
        proposals.answer("PATCH", "/ideas/" + idea, Answer.json(200, "{\"id\":\"" + idea + "\",\"status\":\"published\"}"));

        forms.post(AUTHOR, "/ideer/" + idea + "/endre", "title=Lesesirkel&body=Hver+torsdag&serviceArea=bibliotek&place=");
        var cleared = proposals.lastCallTo("/ideas/" + idea).body();
        forms.post(AUTHOR, "/ideer/" + idea + "/endre", "title=Lesesirkel&body=Hver+torsdag&serviceArea=bibliotek&place=Mo");
        var named = proposals.lastCallTo("/ideas/" + idea).body();

        assertTrue(cleared.contains("\"clearPlace\":true") && !cleared.contains("\"place\""), cleared);
        assertTrue(named.contains("\"place\":\"Mo\"") && !named.contains("clearPlace"), named);
    }

    @Test
    void untickingEveryStrategicValueAndTargetGroupSendsEmptyListsAndAnIdeaForNobodyIsRefusedAtTheTargetGroups() {
        var unticked = "title=Lesesirkel&body=Hver+torsdag&serviceArea=bibliotek&costModel=for-alle&place=Mo";
        proposals.answer("PATCH", "/ideas/" + idea, Answer.json(200, "{\"id\":\"" + idea + "\",\"status\":\"published\"}"));

        forms.post(AUTHOR, "/ideer/" + idea + "/endre", unticked);
        var sent = proposals.lastCallTo("/ideas/" + idea).body();
        proposals.answer("PATCH", "/ideas/" + idea, Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "errors":[{"field":"targetGroups","message":"must name at least one target group"}]}"""));
        var refused = forms.post(AUTHOR, "/ideer/" + idea + "/endre", unticked);

        assertAll(
            () -> assertTrue(sent.contains("\"strategicValues\":[]"), sent),
            () -> assertTrue(sent.contains("\"targetGroups\":[]"), sent),
            () -> assertEquals(400, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<p class=\"ds-paragraph hint\" data-size=\"sm\" id=\"targetGroups-hint\">Velg én eller flere.</p>"),
                refused.body()),
            () -> assertTrue(refused.body().contains("id=\"targetGroups-error\"><span class=\"visually-hidden\">Feil:</span>"
                + " Velg minst én av målgruppene i listen.</p>"), refused.body()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#targetGroups\">Velg minst én av målgruppene i listen.</a>"),
                refused.body()),
            () -> assertTrue(refused.body().contains("value=\"Mo\""), refused.body()));
    }

    @Test
    void theEditFormKeepsAStrategicValueTheMunicipalityDroppedSinceInSightAndTicked() {
        proposals.answer("GET", "/municipalities/1833/idea-choices", Answer.json(200, """
            {"municipality":"1833","moderation":"post","serviceAreas":["bibliotek","kino"],
             "strategicValues":[{"code":"folkehelse","name":"Folkehelse"},{"code":"frivillighet","name":"Frivillighet"}]}"""));
        proposals.answer("GET", "/ideas/" + idea, Answer.json(200, """
            {"id":"%s","municipality":"1833","authorId":"%s","title":"Lesesirkel for ungdom","body":"Hver torsdag.",
             "serviceArea":"bibliotek","strategicValues":["folkehelse","leseglede"],"targetGroups":["ungdom"],
             "costModel":"for-alle","place":null,"status":"published","supportedByYou":false,"followedByYou":false,
             "supportCount":0}""".formatted(idea, subjectOf(AUTHOR))));

        var edit = forms.get(AUTHOR, "/ideer/" + idea + "/endre").body();

        assertAll(
            () -> assertTrue(edit.contains("id=\"strategicValues-folkehelse\" name=\"strategicValues\" value=\"folkehelse\""
                + " checked>"), edit),
            () -> assertTrue(edit.contains("id=\"strategicValues-frivillighet\" name=\"strategicValues\""
                + " value=\"frivillighet\">\n<label"), edit),
            () -> assertTrue(edit.contains("id=\"strategicValues-leseglede\" name=\"strategicValues\" value=\"leseglede\""
                + " checked>\n<label class=\"ds-label\" data-weight=\"regular\" for=\"strategicValues-leseglede\">leseglede</label>"), edit));
    }

    @Test
    void findsNoIdeaOrCommentBehindAnIdThatIsNoUuidAndAsksTheServiceNothing() {
        var callsBefore = proposals.calls().size();

        assertEquals(404, forms.post(RESIDENT, "/ideer/not-an-id/stotte", "give=true").statusCode());
        assertEquals(404, forms.post(RESIDENT, "/ideer/" + idea + "/kommentarer/..%2F..%2Fsupport", "body=x").statusCode());
        assertEquals(callsBefore, proposals.calls().size());
    }

    @Test
    void noRefusalOfTheServiceReachesABokmalOrNynorskPageInEnglish() {
        viewerState(false, false, "someone-else");
        var english = ServiceRefusals.englishOnlyWords();
        assertTrue(english.containsAll(List.of("must", "cannot", "characters", "blank", "wrong", "change", "sign")),
            "the English words to look for: " + english);
        var base = "/ideer/" + idea;
        var ideaPath = "/ideas/" + idea;
        // A write for each place a page says a refusal: beside a button, in a text form on the page, in one folded
        // under a comment or under "report", and in the idea form's summary and fields. Each refusal goes through
        // each of them, in bokmål and nynorsk by turns, so every refusal is seen in both languages.
        var writes = List.of(
            new String[] {"PUT", ideaPath + "/support", base + "/stotte", "give=true"},
            new String[] {"POST", ideaPath + "/comments", base + "/kommentarer", "body=Hei&parentId=" + COMMENT},
            new String[] {"PATCH", ideaPath + "/comments/" + COMMENT, base + "/kommentarer/" + COMMENT, "body=Hei"},
            new String[] {"POST", ideaPath + "/reports", base + "/rapport", "reason=Reklame"},
            new String[] {"POST", "/ideas", "/ideer/ny", "title=Ny+tittel&body=Tekst&serviceArea=kino"});
        var seen = 0;
        for (var refused : ServiceRefusals.ALL) {
            for (var write : writes) {
                var language = seen % 2 == 0 ? "nb" : "nn";
                proposals.answer(write[0], write[1], Answer.problem(refused.status(), refused.json()));
                var page = forms.post(RESIDENT, write[2] + "?lang=" + language, write[3]).body();
                var where = refused.type() + " " + refused.words() + " at " + write[2] + " in " + language;
                var shown = ServiceRefusals.wordsShownIn(page);
                shown.retainAll(english);
                assertTrue(shown.isEmpty(), where + " shows English " + shown + ": " + page);
                assertTrue(page.contains("<html lang=\"" + language + "\">") && page.contains("role=\"alert\""),
                    where + " is said on the page: " + page);
                refused.words().forEach(said -> assertFalse(page.contains(said), where + ": " + page));
                seen++;
            }
        }
        assertEquals(ServiceRefusals.ALL.size() * writes.size(), seen);
    }

    @Test
    void theAuthorOfAHiddenIdeaReadsItWithTheModeratorsReasonWhileNobodyElseSeesIt(TestInfrastructure infrastructure) {
        String hidden;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            hidden = ideas.published("Klokker til salgs", "Billig.", "annet");
            ideas.hidden(hidden, "moderator-kari", "Reklame <b>hører</b> ikke hjemme her.");
        }
        proposals.answer("GET", "/ideas/" + hidden, Answer.json(200, """
            {"id":"%s","municipality":"1833","authorId":"%s","title":"Klokker til salgs","body":"Billig.",
             "serviceArea":"annet","status":"published","supportedByYou":false,"followedByYou":true,"supportCount":0,
             "hidden":true,"hiddenReason":"Reklame <b>hører</b> ikke hjemme her."}""".formatted(hidden, subjectOf(AUTHOR))));

        eventually(() -> assertTrue(forms.get(AUTHOR, "/ideer/" + hidden).body().contains("id=\"hidden-notice\"")));
        var asAuthor = forms.get(AUTHOR, "/ideer/" + hidden);
        var inNynorsk = forms.get(AUTHOR, "/ideer/" + hidden + "?lang=nn").body();

        assertEquals(200, asAuthor.statusCode());
        assertTrue(asAuthor.body().contains("<div class=\"ds-alert\" data-color=\"warning\" id=\"hidden-notice\">"
            + "<p class=\"ds-paragraph\">Ideen din er skjult for andre. Moderatorens begrunnelse: <q dir=\"auto\">"
            + "Reklame &lt;b&gt;hører&lt;/b&gt; ikke hjemme her.</q></p>"), asAuthor.body());
        assertTrue(asAuthor.body().contains("href=\"/meg#my-ideas\""), asAuthor.body());
        assertTrue(inNynorsk.contains("Grunngjevinga frå moderatoren"), inNynorsk);
        assertEquals(404, forms.get(RESIDENT, "/ideer/" + hidden).statusCode(), "another resident");
        assertEquals(404, gateway.get("/ideer/" + hidden).statusCode(), "anyone signed out");
        assertFalse(forms.get(AUTHOR, "/ideer/" + idea).body().contains("hidden-notice"), "a public idea has no notice");
    }

    private void viewerState(boolean supported, boolean following, String authorId) {
        proposals.answer("GET", "/ideas/" + idea, Answer.json(200, """
            {"id":"%s","municipality":"1833","authorId":"%s","title":"Lesesirkel for ungdom","body":"Hver torsdag.",
             "serviceArea":"bibliotek","targetGroups":["ungdom"],"costModel":"for-alle","place":null,"status":"published",
             "supportedByYou":%s,"followedByYou":%s,"supportCount":0}""".formatted(idea, authorId, supported, following)));
    }

    private static String subjectOf(Person person) {
        return person.subject();
    }
}
