package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.platform.json.StrictStrings;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static no.samskap.gateway.ideas.staff.StaffViewers.ids;
import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.gateway.ideas.staff.StaffViewers.subjectOf;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff inbox page: who gets it, its forms, and what a form post does. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesIT {

    private static final String CSRF = "c".repeat(43);
    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");
    private static final Pattern FORM = Pattern.compile("<form .*?</form>", Pattern.DOTALL);

    private StaffInboxRig rig;
    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        rig = new StaffInboxRig(infrastructure, Map.of(
            "samskap-gateway.proposals-read-timeout", "1s",
            "samskap-gateway.read-your-writes.timeout", "200ms"));
        proposals = rig.proposals;
        gateway = rig.gateway;
        stories = rig.stories;
        viewers = rig.viewers;
    }

    @AfterAll
    void stop() {
        rig.close();
    }

    @Test
    void sendsAnAnonymousVisitorToSignIn() {
        var page = gateway.get("/stab/innboks", BROWSER);

        assertAll(
            () -> assertEquals(303, page.statusCode()),
            () -> assertEquals("/logg-inn", page.headers().firstValue("Location").orElse(null)));
    }

    @Test
    void showsASignedInResidentAClearForbiddenPageInTheirLanguage() {
        var resident = StaffViewers.resident("5201");
        var bokmål = page(resident, "/stab/innboks");
        var english = page(resident, "/stab/innboks?lang=en");

        assertAll(
            () -> assertEquals(403, bokmål.statusCode()),
            () -> assertTrue(bokmål.body().contains("<html lang=\"nb\">"), bokmål.body()),
            () -> assertTrue(bokmål.body().contains("id=\"forbidden\">Ingen tilgang til innboksen</h1>"), bokmål.body()),
            () -> assertFalse(bokmål.body().contains("id=\"inbox\"")),
            () -> assertEquals(403, english.statusCode()),
            () -> assertTrue(english.body().contains("No access to the inbox"), english.body()));
    }

    @Test
    void givesStaffEverySectionWithItsCountAndTheFormsForEachItem() {
        var kari = staff("kari-5202", "5202");
        var waiting = stories.submitted("5202", "Strikkekafé <på> biblioteket");
        var assessed = stories.published("5202", "Sommerkino");
        stories.assessmentStarted("5202", assessed, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(2));
        var toAssess = stories.published("5202", "Vinterkino");
        eventually(() -> assertEquals(List.of(assessed), ids(viewers.inboxOf(kari).dueSoon())));
        eventually(() -> assertEquals(List.of(toAssess), ids(viewers.inboxOf(kari).toAssess())));
        eventually(() -> assertEquals(List.of(waiting), ids(viewers.inboxOf(kari).toModerate())));

        var html = page(kari, "/stab/innboks").body();

        assertAll(
            () -> assertTrue(html.contains("id=\"inbox\""), html),
            () -> assertTrue(html.contains("<section id=\"to-moderate\""), html),
            () -> assertTrue(html.contains("<section id=\"appeals\""), html),
            () -> assertTrue(html.contains("<section id=\"overdue\""), html),
            () -> assertTrue(html.contains("<section id=\"due-soon\""), html),
            () -> assertTrue(html.contains("id=\"to-moderate-heading\">Venter på moderering <span class=\"count\" data-count=\"1\">"), html),
            () -> assertTrue(html.contains("Strikkekafé &lt;på&gt; biblioteket"), "titles are escaped"),
            () -> assertTrue(html.contains("data-idea-id=\"" + waiting + "\""), html),
            () -> assertTrue(html.contains("id=\"publish-button-" + waiting + "\""), html),
            () -> assertTrue(html.contains("action=\"/stab/innboks/ideer/" + waiting + "/avvisning\""), html),
            () -> assertTrue(html.contains("<label for=\"reject-reason-" + waiting + "\">"), html),
            () -> assertTrue(html.contains("<input type=\"date\" id=\"assess-respondBy-" + toAssess + "\""), html),
            () -> assertFalse(html.contains("id=\"assess-respondBy-" + assessed + "\""),
                "an idea under assessment has its committed date: proposals refuses a second assessment"),
            () -> assertFalse(html.contains("action=\"/stab/innboks/ideer/" + assessed + "/vurdering\""), html),
            () -> assertTrue(html.contains("type=\"radio\" id=\"answer-outcome-" + assessed + "\" name=\"outcome\" value=\"accepted\""), html),
            () -> assertTrue(html.contains("value=\"not-possible\""), html),
            () -> assertTrue(html.contains("value=\"already-exists\""), html),
            () -> assertTrue(html.contains(Assets.bundled().scriptTag("staff-inbox.js")), html),
            () -> assertTrue(html.contains("aria-live=\"polite\""), html));
        var forms = FORM.matcher(html).results().map(match -> match.group()).collect(Collectors.toList());
        assertTrue(forms.size() >= 5, forms.toString());
        assertTrue(forms.stream().filter(form -> form.contains("/stab/innboks"))
            .allMatch(form -> form.contains("name=\"_csrf\" value=\"" + CSRF + "\"")), "every inbox form carries the CSRF field");
    }

    @Test
    void leavesOutTheDecisionFormForTheModeratorWhoseDecisionIsAppealed() {
        var kari = staff("kari-5203", "5203");
        var ola = staff("ola-5203", "5203");
        var idea = stories.published("5203", "Graffitivegg");
        stories.hidden("5203", idea, subjectOf(kari), "Oppfordrer til tagging.");
        stories.appealed("5203", idea, "hidden");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).appeals())));

        var asKari = page(kari, "/stab/innboks").body();
        var asOla = page(ola, "/stab/innboks").body();

        assertAll(
            () -> assertTrue(asKari.contains("Du tok avgjørelsen det klages på"), asKari),
            () -> assertFalse(asKari.contains("id=\"decide-appeal-" + idea + "\"")),
            () -> assertTrue(asOla.contains("id=\"decide-appeal-" + idea + "\""), asOla),
            () -> assertTrue(asOla.contains("name=\"upheld\" value=\"true\""), asOla));
    }

    @Test
    void aFormPostIsRelayedWithTheStaffsTokenAndRedirectsToTheInboxWithAConfirmation() {
        var kari = staff("kari-5204", "5204");
        var idea = stories.submitted("5204", "Lesesirkel");
        proposals.answer("POST", "/ideas/" + idea + "/publication", Answer.json(200,
            "{\"id\":\"" + idea + "\",\"status\":\"published\"}").thenRun(() -> stories.published("5204", idea, subjectOf(kari))));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/publisering", Map.of("_csrf", CSRF));

        var call = proposals.lastCallTo("/ideas/" + idea + "/publication");
        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("/stab/innboks?utfort=publish", response.headers().firstValue("Location").orElse(null)),
            () -> assertTrue(call.authorization().startsWith("Bearer "), call.authorization()),
            () -> assertEquals("", call.body()));
        var after = page(kari, "/stab/innboks?utfort=publish").body();
        assertTrue(after.contains("id=\"confirmation\" class=\"confirmation\" role=\"status\"><p>Ideen er publisert."), after);
        // Leaving the moderation section is also how things stand before the submission is applied: wait until the
        // publication has arrived, which moves the idea to the assessment section.
        eventually(() -> {
            var inbox = page(kari, "/stab/innboks").body();
            assertFalse(section(inbox, "to-moderate").contains("data-idea-id=\"" + idea + "\""));
            assertTrue(section(inbox, "to-assess").contains("data-idea-id=\"" + idea + "\""),
                "a published idea waits for assessment");
        });
    }

    private static String section(String page, String id) {
        var start = page.indexOf("<section id=\"" + id + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void aFormWithFieldsGoesToTheServiceAsJson() {
        var kari = staff("kari-5205", "5205");
        var idea = stories.published("5205", "Konsert");
        stories.assessmentStarted("5205", idea, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1));
        eventually(() -> assertEquals(1, viewers.inboxOf(kari).dueSoon().size()));
        proposals.answer("POST", "/ideas/" + idea + "/answer", Answer.json(200, "{\"id\":\"" + idea + "\",\"status\":\"accepted\"}"));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/svar",
            Map.of("_csrf", CSRF, "outcome", "accepted", "answer", "Konserten blir i juni."));

        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("{\"outcome\":\"accepted\",\"answer\":\"Konserten blir i juni.\"}",
                proposals.lastCallTo("/ideas/" + idea + "/answer").body()));
    }

    @Test
    void aRefusalRendersTheInboxAgainWithTheServicesProblemAtTheField() {
        var kari = staff("kari-5206", "5206");
        var idea = stories.submitted("5206", "Dataspillkveld");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).toModerate())));
        proposals.answer("POST", "/ideas/" + idea + "/rejection", Answer.problem(400,
            "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"reason: must not be blank\",\"errors\":[{\"field\":\"reason\",\"message\":\"must not be blank\"}]}"));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/avvisning", Map.of("_csrf", CSRF, "reason", "  "));

        var html = response.body();
        var field = "reject-reason-" + idea;
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertEquals("{\"reason\":null}", proposals.lastCallTo("/ideas/" + idea + "/rejection").body()),
            () -> assertTrue(html.contains("<title>Feil: Innboks – Samskap</title>"), html),
            () -> assertTrue(html.contains("id=\"error-summary\""), html),
            () -> assertTrue(html.contains("<a href=\"#" + field + "\">"), html),
            () -> assertTrue(html.contains("<p class=\"field-error\" id=\"" + field + "-error\">"), html),
            () -> assertTrue(html.contains("id=\"" + field + "\" name=\"reason\" rows=\"3\" required aria-describedby=\""
                + field + "-error\" aria-invalid=\"true\""), html),
            () -> assertTrue(html.contains("Skriv en begrunnelse. Den kan ikke være tom"), html),
            () -> assertFalse(html.contains("must not be blank"), "the service's English stays off the page"));
    }

    @Test
    void aReasonWithANulIsRefusedAtTheFieldInThePagesLanguage() {
        var kari = staff("kari-5214", "5214");
        var idea = stories.submitted("5214", "Sjakkturnering");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).toModerate())));
        var nul = StrictStrings.NUL.replace("\\", "\\\\");
        proposals.answer("POST", "/ideas/" + idea + "/rejection", Answer.problem(400,
            "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"reason: " + nul + "\",\"errors\":[{\"field\":\"reason\",\"message\":\"" + nul + "\"}]}"));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/avvisning",
            Map.of("_csrf", CSRF, "reason", "Sp\u0000am"));

        var html = response.body();
        var field = "reject-reason-" + idea;
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertEquals("{\"reason\":\"Sp\\u0000am\"}",
                proposals.lastCallTo("/ideas/" + idea + "/rejection").body()),
            () -> assertTrue(html.contains("<p class=\"field-error\" id=\"" + field + "-error\">"), html),
            () -> assertTrue(html.contains("Teksten har et tegn som ikke kan lagres"), html),
            () -> assertFalse(html.contains("must not contain"), html));
    }

    @Test
    void anAppealDecisionOtherThanYesOrNoGoesOnAsTextForTheServiceToRefuseAtTheField() {
        var kari = staff("kari-5208", "5208");
        var ola = staff("ola-5208", "5208");
        var idea = stories.published("5208", "Skatepark");
        stories.hidden("5208", idea, subjectOf(kari), "Under vurdering.");
        stories.appealed("5208", idea, "hidden");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(ola).appeals())));
        var decision = "/ideas/" + idea + "/appeal/decision";
        proposals.answer("POST", decision, Answer.problem(400,
            "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"upheld: must be true or false\","
                + "\"errors\":[{\"field\":\"upheld\",\"message\":\"must be true or false\"}]}"));

        var refused = post(ola, "/stab/innboks/ideer/" + idea + "/klagevedtak",
            Map.of("_csrf", CSRF, "upheld", "maybe", "reason", "Vurdert på nytt."));

        assertAll(
            () -> assertEquals("{\"upheld\":\"maybe\",\"reason\":\"Vurdert på nytt.\"}",
                proposals.lastCallTo(decision).body()),
            () -> assertEquals(400, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Velg om klagen tas til følge eller avslås."), refused.body()),
            () -> assertFalse(refused.body().contains("must be true or false"), refused.body()));

        proposals.answer("POST", decision, Answer.json(200, "{\"id\":\"" + idea + "\",\"status\":\"published\"}"));
        post(ola, "/stab/innboks/ideer/" + idea + "/klagevedtak",
            Map.of("_csrf", CSRF, "upheld", "false", "reason", "Vurdert på nytt."));
        assertEquals("{\"upheld\":false,\"reason\":\"Vurdert på nytt.\"}", proposals.lastCallTo(decision).body());
    }

    @Test
    void staffMoveTheResponseDateWithAReasonFromTheInboxAndTheIdeaIsListedByItsNewDate() {
        var kari = staff("kari-5212", "5212");
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var idea = stories.published("5212", "Filmklubb");
        stories.assessmentStarted("5212", idea, today.plusDays(2));
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).dueSoon())));
        var later = today.plusDays(30);
        proposals.answer("POST", "/ideas/" + idea + "/response-date", Answer.json(200,
                "{\"id\":\"" + idea + "\",\"status\":\"under-assessment\",\"respondBy\":\"" + later + "\"}")
            .thenRun(() -> stories.responseDateChanged("5212", idea, today.plusDays(2), later)));
        var inbox = page(kari, "/stab/innboks").body();

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/svarfrist",
            Map.of("_csrf", CSRF, "respondBy", later.toString(), "reason", "Vi venter på budsjettet."));

        assertAll(
            () -> assertTrue(inbox.contains("action=\"/stab/innboks/ideer/" + idea + "/svarfrist\""), inbox),
            () -> assertTrue(inbox.contains("<input type=\"date\" id=\"change-response-date-respondBy-" + idea
                + "\" name=\"respondBy\" required min=\"" + today + "\""), inbox),
            () -> assertTrue(inbox.contains("<label for=\"change-response-date-reason-" + idea
                + "\">Begrunnelse (vises offentlig på ideen)</label>"), inbox),
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("/stab/innboks?utfort=change-response-date",
                response.headers().firstValue("Location").orElse(null)),
            () -> assertEquals("{\"respondBy\":\"" + later + "\",\"reason\":\"Vi venter på budsjettet.\"}",
                proposals.lastCallTo("/ideas/" + idea + "/response-date").body()));
        assertTrue(page(kari, "/stab/innboks?utfort=change-response-date").body()
            .contains("role=\"status\"><p>Svarfristen er flyttet."));
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).assessing())));
    }

    @Test
    void aRefusedNewResponseDateIsShownAtTheDateFieldWithWhatWasTyped() {
        var kari = staff("kari-5213", "5213");
        var idea = stories.published("5213", "Brettspelkveld");
        stories.assessmentStarted("5213", idea, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(3));
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).dueSoon())));
        proposals.answer("POST", "/ideas/" + idea + "/response-date", Answer.problem(400,
            "{\"type\":\"https://samskap.no/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"must be today or later\",\"errors\":[{\"field\":\"respondBy\","
                + "\"message\":\"must be today or later\"}]}"));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/svarfrist",
            Map.of("_csrf", CSRF, "respondBy", "2020-01-01", "reason", "Ny plan."));

        var html = response.body();
        var field = "change-response-date-respondBy-" + idea;
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(html.contains("<a href=\"#" + field + "\">Ny svarfrist: Velg en svarfrist fra og med i dag"), html),
            () -> assertTrue(html.contains("<p class=\"field-error\" id=\"" + field + "-error\">"), html),
            () -> assertTrue(html.contains("value=\"2020-01-01\" aria-describedby=\"" + field + "-error\""), html),
            () -> assertTrue(html.contains(">Ny plan.</textarea>"), html));
    }

    @Test
    void aResponseDateWithAFiveDigitYearIsRefusedOnThePageInItsLanguageAndNeverSentToTheService() {
        var kari = staff("kari-5214", "5214");
        var idea = stories.published("5214", "Dataspelkveld");
        stories.assessmentStarted("5214", idea, LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(3));
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).dueSoon())));
        var callsBefore = proposals.callsTo("/ideas/" + idea + "/response-date").size();

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/svarfrist",
            Map.of("_csrf", CSRF, "respondBy", "+10000-01-01", "reason", "Om lenge."));

        var html = response.body();
        var field = "change-response-date-respondBy-" + idea;
        assertAll(
            () -> assertEquals(400, response.statusCode()),
            () -> assertTrue(html.contains("<a href=\"#" + field + "\">Ny svarfrist: Velg en svarfrist fra og med i dag"), html),
            () -> assertTrue(html.contains("max=\"9999-12-31\" value=\"+10000-01-01\""), html),
            () -> assertEquals(callsBefore, proposals.callsTo("/ideas/" + idea + "/response-date").size()));
    }

    @Test
    void aRefusalNamingNoFieldIsShownAtTheForm() {
        var kari = staff("kari-5207", "5207");
        var idea = stories.submitted("5207", "Teater");
        eventually(() -> assertEquals(List.of(idea), ids(viewers.inboxOf(kari).toModerate())));
        proposals.answer("POST", "/ideas/" + idea + "/publication", Answer.problem(409,
            "{\"type\":\"https://samskap.no/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"The idea is published already\"}"));

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/publisering", Map.of("_csrf", CSRF));

        assertAll(
            () -> assertEquals(409, response.statusCode()),
            () -> assertTrue(response.body().contains("aria-describedby=\"publish-" + idea + "-error\""), response.body()),
            () -> assertTrue(response.body().contains("id=\"publish-" + idea + "-error\">Endringen ble ikke gjort."),
                response.body()),
            () -> assertFalse(response.body().contains("The idea is published already"), response.body()));
    }

    @Test
    void restoringAHiddenCommentIsRelayedToTheCommentsRouteAndTheCommentLeavesTheInbox() {
        var kari = staff("kari-5210", "5210");
        var idea = stories.published("5210", "Kinokveld");
        var comment = stories.commentAdded("5210", idea, "Kjedelig.");
        stories.commentHidden("5210", idea, comment, "samskap", "Skjult etter 2 rapporter.");
        eventually(() -> assertEquals(List.of(comment), ids(viewers.inboxOf(kari).hiddenComments())));
        var route = "/ideas/" + idea + "/comments/" + comment + "/restoring";
        proposals.answer("POST", route, Answer.json(200, "{\"id\":\"" + comment + "\"}")
            .thenRun(() -> stories.commentRestored("5210", idea, comment, subjectOf(kari))));
        assertTrue(page(kari, "/stab/innboks").body().contains("id=\"restore-comment-button-" + comment + "\""));

        var inbox = page(kari, "/stab/innboks").body();
        assertTrue(inbox.contains("<textarea id=\"restore-comment-reason-" + comment + "\" name=\"reason\""), inbox);

        var response = post(kari, "/stab/innboks/ideer/" + idea + "/kommentarer/" + comment + "/gjenoppretting",
            Map.of("_csrf", CSRF, "reason", "Ingen regelbrot."));

        assertAll(
            () -> assertEquals(303, response.statusCode(), response.body()),
            () -> assertEquals("/stab/innboks?utfort=restore-comment", response.headers().firstValue("Location").orElse(null)),
            () -> assertEquals(1, proposals.callsTo(route).size()),
            () -> assertEquals("{\"reason\":\"Ingen regelbrot.\"}", proposals.lastCallTo(route).body()));
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(kari).hiddenComments()));
    }

    @Test
    void anUnknownActionOrIdIsAPageNotFoundAndNeverReachesTheService() {
        var kari = staff("kari-5211", "5211");
        var before = proposals.calls().size();

        var unknownAction = post(kari, "/stab/innboks/ideer/" + java.util.UUID.randomUUID() + "/sletting", Map.of("_csrf", CSRF));
        var notAnId = post(kari, "/stab/innboks/ideer/abc/publisering", Map.of("_csrf", CSRF));

        assertAll(
            () -> assertEquals(404, unknownAction.statusCode()),
            () -> assertEquals(404, notAnId.statusCode()),
            () -> assertEquals(before, proposals.calls().size()));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfTokenAndNeverAsksTheService() {
        var kari = staff("kari-5208", "5208");
        var before = proposals.calls().size();

        var response = post(kari, "/stab/innboks/ideer/" + java.util.UUID.randomUUID() + "/publisering", Map.of());

        assertAll(
            () -> assertEquals(403, response.statusCode()),
            () -> assertEquals(before, proposals.calls().size()));
    }

    @Test
    void refusesAResidentsFormPostWithTheForbiddenPageAndNeverAsksTheService() {
        var before = proposals.calls().size();

        var response = post(StaffViewers.resident("5209"), "/stab/innboks/ideer/" + java.util.UUID.randomUUID()
            + "/publisering", Map.of("_csrf", CSRF));

        assertAll(
            () -> assertEquals(403, response.statusCode()),
            () -> assertTrue(response.body().contains("id=\"forbidden\""), response.body()),
            () -> assertEquals(before, proposals.calls().size()));
    }

    private HttpResponse<String> page(Person person, String path) {
        return gateway.get(path, Map.of("Cookie", viewers.cookiesOf(person) + "; samskap_csrf=" + CSRF,
            "Accept", "text/html"));
    }

    private HttpResponse<String> post(Person person, String path, Map<String, String> form) {
        var body = form.entrySet().stream()
            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return gateway.send(gateway.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", viewers.cookiesOf(person) + "; samskap_csrf=" + CSRF)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    }
}
