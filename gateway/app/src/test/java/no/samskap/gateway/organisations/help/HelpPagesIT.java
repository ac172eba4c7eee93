package no.samskap.gateway.organisations.help;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpDeclined;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offers of help against a stand-in organisations service, fed from Kafka as the service and the proposals service
 * tell it: the panel on the idea page, the offer form and its refusals, the staff's answers from the inbox and the
 * person's own offers on "Min side".
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpPagesIT {

    private static final Person ADMIN = new Person("help-admin", "Kari Nordmann", "1833",
        List.of("resident", "default-roles-samskap"));
    private static final Person VOLUNTEER = new Person("help-volunteer", "Per Hansen", "1833",
        List.of("resident", "default-roles-samskap"));
    private static final Person STAFF = new Person("help-staff", "Saksbehandler", "1833",
        List.of("staff", "default-roles-samskap"));
    private static final Instant AT = Instant.parse("2026-11-05T09:00:00Z");

    private final String choir = UUID.randomUUID().toString();
    private final String club = UUID.randomUUID().toString();
    private final String idea = UUID.randomUUID().toString();
    private final String choirOffer = UUID.randomUUID().toString();
    private final String volunteerOffer = UUID.randomUUID().toString();
    private final String waitingOffer = UUID.randomUUID().toString();
    private final String declinedOffer = UUID.randomUUID().toString();
    private StandInProposals organisations;
    private GatewayUnderTest gateway;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.organisations-url", organisations.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        forms = new FormPosts(gateway);
        try (var associations = new AssociationMessagesOnKafka(infrastructure);
             var messages = new MessagesOnKafka(infrastructure)) {
            associations.registered(choir, "1833", "974760673", "Mo <Songkor>", "kor", subjectOf(ADMIN));
            associations.registered(club, "1833", "983609155", "Rana Idrettslag", "idrettslag", "someone-else");
            messages.send(ProposalsMessages.IDEA_SUBMITTED, UUID.randomUUID(), AT, "1833", idea,
                new IdeaSubmitted(idea, "resident", "Sommerkonsert i parken", "Tekst", "kultur", AT));
            messages.send(ProposalsMessages.IDEA_PUBLISHED, UUID.randomUUID(), AT, "1833", idea,
                new IdeaPublished(idea, "samskap", AT));
            offered(messages, choirOffer, choir, subjectOf(ADMIN), "hours", 40.0, "Vi <stiller> med lydfolk.");
            offered(messages, volunteerOffer, null, subjectOf(VOLUNTEER), "equipment", null, "Jeg har en henger.");
            offered(messages, waitingOffer, null, subjectOf(VOLUNTEER), "know-how", null, "Jeg kan lage plakater.");
            offered(messages, declinedOffer, choir, subjectOf(ADMIN), "venue", null, "Øvingslokalet vårt.");
            messages.send(OrganisationsMessages.HELP_ACCEPTED, UUID.randomUUID(), AT, "1833", choirOffer,
                new HelpAccepted(choirOffer, idea, choir, "hours", "help-staff", AT.plusSeconds(60)));
            messages.send(OrganisationsMessages.HELP_ACCEPTED, UUID.randomUUID(), AT, "1833", volunteerOffer,
                new HelpAccepted(volunteerOffer, idea, null, "equipment", "help-staff", AT.plusSeconds(60)));
            messages.send(OrganisationsMessages.HELP_DECLINED, UUID.randomUUID(), AT, "1833", declinedOffer,
                new HelpDeclined(declinedOffer, idea, choir, "venue", "help-staff", AT.plusSeconds(60)));
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + idea).body().contains("Jeg har en henger."), "accepted"));
        eventually(() -> assertTrue(forms.get(STAFF, "/stab/innboks").body().contains("Jeg kan lage plakater."),
            "waiting in the inbox"));
        eventually(() -> assertTrue(forms.get(ADMIN, "/ideer/" + idea).body().contains(choir + "\">Foreningen"),
            "the admin's association to offer for"));
    }

    @AfterAll
    void stop() {
        gateway.close();
        organisations.close();
    }

    @Test
    void theIdeaPageShowsTheAcceptedOffersWithoutNamingTheVolunteer() {
        var page = gateway.get("/ideer/" + idea).body();
        var nynorsk = gateway.get("/ideer/" + idea + "?lang=nn").body();
        var english = gateway.get("/ideer/" + idea + "?lang=en").body();

        assertAll(
            () -> assertTrue(page.contains("<h2 class=\"ds-heading\" id=\"help-offers-heading\">Tilbud om hjelp</h2>"), page),
            () -> assertTrue(page.contains("<a class=\"ds-link\" href=\"/foreninger/" + choir + "\">Mo &lt;Songkor&gt;</a>: "
                + "Timer med hjelp (40 timer) – Vi &lt;stiller&gt; med lydfolk."), page),
            () -> assertTrue(page.contains("En frivillig: Utstyr – Jeg har en henger."), page),
            () -> assertFalse(page.contains("Jeg kan lage plakater."), "an offer not yet answered"),
            () -> assertFalse(page.contains("Øvingslokalet vårt."), "a declined offer"),
            () -> assertFalse(page.contains(subjectOf(VOLUNTEER)), "the volunteer is never identified"),
            () -> assertTrue(page.contains("href=\"/logg-inn\">Logg inn for å tilby hjelp"), page),
            () -> assertFalse(page.contains("offer-help-form"), "a visitor has no form"),
            () -> assertTrue(nynorsk.contains("Tilbod om hjelp") && nynorsk.contains("Ein frivillig"), nynorsk),
            () -> assertTrue(english.contains("Offers of help") && english.contains("A volunteer: Equipment"), english));
    }

    @Test
    void aResidentMayOfferAsThemselvesOrForAnAssociationTheyAdminAndStaffMayNot() {
        var admin = forms.get(ADMIN, "/ideer/" + idea).body();
        var volunteer = forms.get(VOLUNTEER, "/ideer/" + idea).body();
        var staff = forms.get(STAFF, "/ideer/" + idea).body();

        assertAll(
            () -> assertTrue(admin.contains("<form method=\"post\" action=\"/ideer/" + idea + "/tilbud-om-hjelp\""), admin),
            () -> assertTrue(admin.contains("<option value=\"volunteer\" selected>Meg selv, som frivillig</option>"), admin),
            () -> assertTrue(admin.contains("<option value=\"" + choir + "\">Foreningen Mo &lt;Songkor&gt;</option>"), admin),
            () -> assertTrue(admin.contains("name=\"_csrf\""), admin),
            () -> assertTrue(volunteer.contains("offer-help-form") && !volunteer.contains("<option value=\"" + choir),
                "someone who admins no association offers as themselves only"),
            () -> assertFalse(staff.contains("offer-help-form"), "staff answer offers rather than make them"));
    }

    @Test
    void sendsTheOfferWithThePersonsTokenAndConfirmsItOnTheIdeaPage() {
        var offer = UUID.randomUUID().toString();
        organisations.answer("POST", "/help-offers", Answer.json(201, "{\"id\":\"" + offer + "\"}")
            .withHeader("Location", "/help-offers/" + offer));

        var response = forms.post(ADMIN, "/ideer/" + idea + "/tilbud-om-hjelp", "associationId=" + choir
            + "&kind=hours&hours=2%2C5&skills=lyd-lys&skills=scene&description=Lydfolk+til+konserten");

        var sent = organisations.lastCallTo("/help-offers");
        assertAll(
            () -> assertEquals(303, response.statusCode()),
            () -> assertEquals("/ideer/" + idea + "?hjelp=tilbudt#help-offers",
                response.headers().firstValue("Location").orElse("")),
            () -> assertTrue(sent.body().contains("\"ideaId\":\"" + idea + "\""), sent.body()),
            () -> assertTrue(sent.body().contains("\"associationId\":\"" + choir + "\""), sent.body()),
            () -> assertTrue(sent.body().contains("\"hours\":2.5"), sent.body()),
            () -> assertTrue(sent.body().contains("\"skills\":[\"lyd-lys\",\"scene\"]"), sent.body()),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "sent with the person's own token"),
            () -> assertTrue(forms.get(ADMIN, "/ideer/" + idea + "?hjelp=tilbudt").body()
                .contains("id=\"offer-confirmation\">Takk! Tilbudet ditt er sendt"), "confirmed"));
    }

    @Test
    void showsTheFormAgainAtTheFieldTheServiceRefused() {
        organisations.answer("POST", "/help-offers", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"must not be blank","errors":[{"field":"description","message":"must not be blank"}]}"""));

        var refused = forms.post(VOLUNTEER, "/ideer/" + idea + "/tilbud-om-hjelp",
            "associationId=volunteer&kind=hours&hours=3&description=");

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("class=\"ds-error-summary\""), refused.body()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#description\">Beskriv hjelpen du tilbyr.</a>"),
                refused.body()),
            () -> assertTrue(refused.body().contains("aria-describedby=\"description-hint description-error\" aria-invalid=\"true\""),
                refused.body()),
            () -> assertTrue(refused.body().contains("id=\"hours\" name=\"hours\" value=\"3\""), "what was typed is kept"));
    }

    @Test
    void keepsWhatWasTypedInARefusedOfferAsTextNeverAsMarkup() {
        var refused = forms.post(VOLUNTEER, "/ideer/" + idea + "/tilbud-om-hjelp",
            "associationId=volunteer&kind=hours&hours=%22%3E%3Cb%3E"
                + "&description=%3C%2Ftextarea%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains(
                ">&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), refused.body()),
            () -> assertFalse(refused.body().contains("\"><b>"), refused.body()),
            () -> assertFalse(refused.body().contains("<script>alert(1)"), refused.body()));
    }

    @Test
    void refusesHoursThatAreNoNumberBeforeAskingTheService() {
        var callsBefore = organisations.callsTo("/help-offers").size();

        var refused = forms.post(VOLUNTEER, "/ideer/" + idea + "/tilbud-om-hjelp?lang=en",
            "associationId=volunteer&kind=hours&hours=mange&description=Hjelp");

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("href=\"#hours\">Write the number of hours as a number"), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"mange\""), refused.body()),
            () -> assertEquals(callsBefore, organisations.callsTo("/help-offers").size()),
            () -> assertEquals(404, forms.get(VOLUNTEER, "/ideer/" + UUID.randomUUID() + "/tilbud-om-hjelp").statusCode()));
    }

    @Test
    void showsStaffTheOffersWaitingForAnAnswerWithFormsToAcceptAndDecline() {
        var inbox = forms.get(STAFF, "/stab/innboks").body();

        assertAll(
            () -> assertTrue(inbox.contains("Tilbud om hjelp å svare på"), inbox),
            () -> assertTrue(inbox.contains("action=\"/stab/innboks/tilbud-om-hjelp/" + waitingOffer + "/godkjenning\""), inbox),
            () -> assertTrue(inbox.contains("action=\"/stab/innboks/tilbud-om-hjelp/" + waitingOffer + "/avslag\""), inbox),
            () -> assertTrue(inbox.contains("Fra en frivillig"), inbox),
            () -> assertFalse(inbox.contains("/tilbud-om-hjelp/" + choirOffer + "/"), "an accepted offer waits for no one"));
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedAtTheReason() {
        var refused = forms.post(STAFF, "/stab/innboks/tilbud-om-hjelp/" + waitingOffer + "/avslag", "reason=");

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("href=\"#reason-" + waitingOffer + "\">Skriv en begrunnelse"),
                refused.body()),
            () -> assertTrue(refused.body().contains("aria-describedby=\"reason-" + waitingOffer + "-error\""),
                refused.body()));
    }

    @Test
    void acceptsAnOfferFromTheInboxWithTheStaffsToken() {
        organisations.answer("POST", "/help-offers/" + waitingOffer + "/acceptance", Answer.json(200,
            "{\"id\":\"" + waitingOffer + "\",\"status\":\"accepted\"}"));

        var accepted = forms.post(STAFF, "/stab/innboks/tilbud-om-hjelp/" + waitingOffer + "/godkjenning", "");

        assertAll(
            () -> assertEquals(303, accepted.statusCode()),
            () -> assertEquals("/stab/innboks?utfort=help-offers-to-answer",
                accepted.headers().firstValue("Location").orElse("")),
            () -> assertTrue(organisations.lastCallTo("/help-offers/" + waitingOffer + "/acceptance").authorization()
                .startsWith("Bearer ")),
            () -> assertEquals(403, forms.post(VOLUNTEER, "/stab/innboks/tilbud-om-hjelp/" + waitingOffer
                + "/godkjenning", "").statusCode(), "a resident is no staff"));
    }

    @Test
    void listsThePersonsOwnOffersWithWhereTheyStandOnTheirPage() {
        var page = forms.get(ADMIN, "/meg").body();

        assertAll(
            () -> assertTrue(page.contains("<section id=\"my-help-offers\""), page),
            () -> assertTrue(page.contains("href=\"/ideer/" + idea + "#help-offers\">Timer med hjelp (40 timer)</a>"
                + " · Mo &lt;Songkor&gt; · <span class=\"offer-status\">Godtatt</span>"), page),
            () -> assertTrue(page.contains("<span class=\"offer-status\">Avslått</span>"), page),
            () -> assertTrue(page.contains("id=\"volunteer-profile-link\" href=\"/meg/frivillig\""), page),
            () -> assertTrue(page.contains("id=\"volunteer-search-link\" href=\"/frivillige\""), "an admin searches"),
            () -> assertFalse(forms.get(STAFF, "/meg").body().contains("my-help-offers"), "no offers, no section"));
    }

    @Test
    void showsAnEmptyVolunteerProfileToSomeoneWhoHasNone() {
        organisations.answer("GET", "/me/volunteer", Answer.problem(404, """
            {"type":"https://samskap.no/problems/not-found","title":"Not Found","status":404,
             "detail":"you have no volunteer profile"}"""));

        var page = forms.get(VOLUNTEER, "/meg/frivillig").body();

        assertAll(
            () -> assertTrue(page.contains("<h1 class=\"ds-heading\">Frivilligprofil</h1>"), page),
            () -> assertTrue(page.contains("<input class=\"ds-input\" type=\"checkbox\" id=\"skills-lyd-lys\" name=\"skills\" value=\"lyd-lys\">"), page),
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"skills-lyd-lys\">Lyd og lys</label>"), page),
            () -> assertTrue(page.contains("type=\"radio\" id=\"ageBand-18-25\" name=\"ageBand\" value=\"18-25\">"), page),
            () -> assertFalse(page.contains("ds-error-summary"), "having no profile is no error"));
    }

    @Test
    void showsTheSavedProfileInTheFormInEveryLanguage() {
        organisations.answer("GET", "/me/volunteer", Answer.json(200, """
            {"volunteerId":"v","municipality":"1833","skills":["kafe","vakt"],"availability":["weekends"],
             "availabilityNote":"Ikke i <juli>","languages":["nb","se"],"contactConsent":true,"ageBand":"26-66"}"""));

        var page = forms.get(VOLUNTEER, "/meg/frivillig").body();
        var english = forms.get(VOLUNTEER, "/meg/frivillig?lang=en").body();
        var nynorsk = forms.get(VOLUNTEER, "/meg/frivillig?lang=nn").body();

        assertAll(
            () -> assertTrue(page.contains("id=\"skills-kafe\" name=\"skills\" value=\"kafe\" checked>"), page),
            () -> assertTrue(page.contains("id=\"availability-weekends\" name=\"availability\" value=\"weekends\" checked>"), page),
            () -> assertTrue(page.contains("Ikke i &lt;juli&gt;</textarea>"), "user text is escaped"),
            () -> assertTrue(page.contains("value=\"nb, se\""), page),
            () -> assertTrue(page.contains("name=\"contactConsent\" value=\"yes\" checked"), page),
            () -> assertTrue(page.contains("value=\"26-66\" checked>"), page),
            () -> assertTrue(english.contains("Volunteer profile") && english.contains("Sound and lighting"), english),
            () -> assertTrue(nynorsk.contains("Kva kan du hjelpe med?"), nynorsk));
    }

    @Test
    void savesTheProfileWithThePersonsTokenAndConfirmsIt() {
        organisations.answer("PUT", "/me/volunteer", Answer.json(200, "{\"volunteerId\":\"v\"}"));

        var saved = forms.post(VOLUNTEER, "/meg/frivillig", "skills=kafe&skills=vakt&availability=evenings"
            + "&availabilityNote=&languages=nb%2C+EN&contactConsent=yes&ageBand=18-25");

        var sent = organisations.lastCallTo("/me/volunteer");
        assertAll(
            () -> assertEquals(303, saved.statusCode()),
            () -> assertEquals("/meg/frivillig?lagret=1", saved.headers().firstValue("Location").orElse("")),
            () -> assertEquals("PUT", sent.method()),
            () -> assertTrue(sent.body().contains("\"skills\":[\"kafe\",\"vakt\"]"), sent.body()),
            () -> assertTrue(sent.body().contains("\"languages\":[\"nb\",\"en\"]"), sent.body()),
            () -> assertTrue(sent.body().contains("\"contactConsent\":true"), sent.body()),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "sent with the person's own token"));
    }

    @Test
    void showsTheProfileAgainAtTheFieldTheServiceRefused() {
        organisations.answer("PUT", "/me/volunteer", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "detail":"must be one of ...","errors":[{"field":"ageBand","message":"must be one of ..."}]}"""));

        var refused = forms.post(VOLUNTEER, "/meg/frivillig", "skills=scene&languages=nb&ageBand=");

        assertAll(
            () -> assertEquals(400, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#ageBand\">Velg alderen din.</a>"),
                refused.body()),
            () -> assertTrue(refused.body().contains("<fieldset class=\"ds-fieldset\" id=\"ageBand\" aria-describedby=\"ageBand-error\">"),
                refused.body()),
            () -> assertTrue(refused.body().contains("id=\"skills-scene\" name=\"skills\" value=\"scene\" checked>"),
                "what was chosen is kept"));
    }

    @Test
    void letsStaffFindVolunteersBySkillAndShowsTheServicesRefusalToOthers() {
        organisations.answer("GET", "/volunteers", Answer.json(200, """
            {"volunteers":[{"volunteerId":"v-1","displayName":"Ola <Frivillig>","skills":["kafe","vakt"],
              "availability":["weekends"],"languages":["nb","se"],"ageBand":"18-25"}]}"""));
        var found = forms.get(STAFF, "/frivillige?skill=kafe").body();
        organisations.answer("GET", "/volunteers", Answer.problem(403, """
            {"type":"https://samskap.no/problems/forbidden","title":"Forbidden","status":403,
             "detail":"only staff and association admins find volunteers"}"""));
        var refused = forms.get(VOLUNTEER, "/frivillige");

        assertAll(
            () -> assertTrue(found.contains("<option value=\"kafe\" selected>Kafé</option>"), found),
            () -> assertTrue(found.contains("<td>Ola &lt;Frivillig&gt;</td><td>Kafé, Vakt</td><td>Helger</td><td>nb, se</td>"
                + "<td>18–25 år</td>"), found),
            () -> assertTrue(found.contains("<caption>Én frivillig passer til søket</caption>"), found),
            () -> assertEquals(403, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Du har ikke lov til å gjøre dette."), refused.body()));
    }

    @Test
    void printsTheVolunteersRecordWithThePdfAndTheWayToCheckIt() {
        var record = Answer.json(200, """
            {"displayName":"Per <Hansen>","verificationCode":"ABCD-1234","verificationPath":"/volunteer-records/ABCD-1234",
             "organisations":[{"associationId":"%s","organisationNumber":"974760673","name":"Mo Songkor",
               "municipality":"1833","approvedBy":"association","roles":[{"role":"Lydtekniker",
               "startDate":"2026-01-10","endDate":"2026-06-20","totalHours":42.5,"hoursPerWeek":1.7,
               "skills":["lyd-lys"]}]}],"totalHours":42.5}""".formatted(choir));
        organisations.answer("GET", "/me/volunteer-record", record);
        organisations.answer("GET", "/volunteer-records/ABCD-1234", record);
        organisations.answer("GET", "/me/volunteer-record.pdf", new Answer(200, "application/pdf", "%PDF-1.4",
            Map.of(), () -> { }));

        var mine = forms.get(VOLUNTEER, "/meg/frivillighetsbevis").body();
        var checked = gateway.get("/frivillighetsbevis/ABCD-1234").body();
        var pdf = forms.get(VOLUNTEER, "/meg/frivillighetsbevis.pdf");

        assertAll(
            () -> assertTrue(mine.contains("<p id=\"record-name\">Utstedt til Per &lt;Hansen&gt;</p>"), mine),
            () -> assertTrue(mine.contains("<td>Lydtekniker</td>"), mine),
            () -> assertTrue(mine.contains("<td>42.5</td><td>1.7</td><td>Lyd og lys</td>"), mine),
            () -> assertTrue(mine.contains("Timene er godkjent av foreningen."), mine),
            () -> assertTrue(mine.contains("href=\"/meg/frivillighetsbevis.pdf\""), mine),
            () -> assertTrue(mine.contains("/frivillighetsbevis/ABCD-1234"), mine),
            () -> assertTrue(mine.contains("media=\"print\""), mine),
            () -> assertTrue(checked.contains("id=\"record-genuine\""), checked),
            () -> assertTrue(checked.contains("<td>Lydtekniker</td>"), checked),
            () -> assertEquals(404, gateway.get("/frivillighetsbevis/UKJENT-1").statusCode()),
            () -> assertEquals(200, pdf.statusCode()),
            () -> assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("")));
    }

    @Test
    void listsTheRequestsForHelpWithJegKanAndTakesOne() {
        var open = UUID.randomUUID().toString();
        organisations.answer("GET", "/help-requests", Answer.json(200, """
            [{"id":"%s","task":"Rigge <scenen>","startsAt":"2026-12-12T16:00:00Z","endsAt":"2026-12-12T20:00:00Z",
              "place":"Moholmen","skills":["rigging"],"taken":false,"takenByYou":false},
             {"id":"%s","task":"Kafévakt","startsAt":"2026-12-13T10:00:00Z","endsAt":"2026-12-13T14:00:00Z",
              "place":"Kulturhuset","skills":[],"taken":true,"takenByYou":false}]""".formatted(open, UUID.randomUUID())));
        organisations.answer("POST", "/help-requests/" + open + "/acceptance", Answer.json(200, "{}"));

        var page = forms.get(VOLUNTEER, "/hjelp-trengs").body();
        var taken = forms.post(VOLUNTEER, "/hjelp-trengs/" + open + "/jeg-kan", "");
        organisations.answer("POST", "/help-requests/" + open + "/acceptance", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,"detail":"taken"}"""));
        var tooLate = forms.post(VOLUNTEER, "/hjelp-trengs/" + open + "/jeg-kan", "");

        assertAll(
            () -> assertTrue(page.contains("<h2 class=\"ds-heading\" data-size=\"xs\">Rigge &lt;scenen&gt;</h2>"), page),
            () -> assertTrue(page.contains("action=\"/hjelp-trengs/" + open + "/jeg-kan\""), page),
            () -> assertTrue(page.contains("Trenger: Rigging"), page),
            () -> assertTrue(page.contains("Noen andre har tatt denne oppgaven."), page),
            () -> assertEquals(303, taken.statusCode()),
            () -> assertEquals("/hjelp-trengs?tatt=1", taken.headers().firstValue("Location").orElse("")),
            () -> assertEquals(409, tooLate.statusCode()),
            () -> assertTrue(tooLate.body().contains("href=\"#take-" + open + "\">Dette er allerede avgjort."),
                tooLate.body()));
    }

    @Test
    void logsHoursAgainstAnAcceptedOfferAndShowsTheRefusalAtItsField() {
        organisations.answer("GET", "/me/hours", Answer.json(200, """
            [{"id":"%s","offerId":"%s","date":"2026-11-20","hours":2.5,"role":"Rigger","status":"rejected",
              "rejectionReason":"Feil <dato>"}]""".formatted(UUID.randomUUID(), volunteerOffer)));
        organisations.answer("POST", "/hours", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"quarter hours","errors":[{"field":"hours","message":"quarter hours from 0.25 to 24"}]}"""));

        var page = forms.get(VOLUNTEER, "/meg/timer").body();
        var refused = forms.post(VOLUNTEER, "/meg/timer", "offerId=" + volunteerOffer + "&date=2026-11-21&hours=30"
            + "&role=Rigger&note=");

        assertAll(
            () -> assertTrue(page.contains("<option value=\"" + volunteerOffer + "\">Utstyr – Jeg har en henger.</option>"), page),
            () -> assertFalse(page.contains("<option value=\"" + waitingOffer + "\""), "only accepted offers"),
            () -> assertTrue(page.contains("<td>Avvist: Feil &lt;dato&gt;</td>"), page),
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("href=\"#hours\">Skriv timene i kvarter"), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"30\""), refused.body()));
    }

    @Test
    void keepsTheTypedOfferRoleAndNoteOfRefusedHoursAsText() {
        organisations.answer("POST", "/hours", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"quarter hours","errors":[{"field":"hours","message":"quarter hours from 0.25 to 24"}]}"""));

        var refused = forms.post(VOLUNTEER, "/meg/timer", FormPosts.form(Map.of("offerId", volunteerOffer,
            "date", "2026-11-21", "hours", "30", "role", "<b>Rigger</b>", "note", "<script>x</script> & co")));

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<option value=\"" + volunteerOffer + "\" selected>"), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"2026-11-21\""), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"&lt;b>Rigger&lt;/b>\""), refused.body()),
            () -> assertTrue(refused.body().contains(">&lt;script&gt;x&lt;/script&gt; &amp; co</textarea>"), refused.body()),
            () -> assertFalse(refused.body().contains("<script>x"), refused.body()));
    }

    @Test
    void showsAnAdminTheHoursToApproveAndKeepsARefusedReasonAsText() {
        var entry = UUID.randomUUID().toString();
        organisations.answer("GET", "/associations/" + choir + "/hours", Answer.json(200, """
            [{"id":"%s","offerId":"%s","date":"2026-11-20","hours":2.5,"role":"<b>Rigger</b>","status":"logged"}]"""
            .formatted(entry, choirOffer)));
        organisations.answer("POST", "/hours/" + entry + "/rejection", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"reason","errors":[{"field":"reason","message":"too long"}]}"""));

        var page = forms.get(ADMIN, "/meg").body();
        var refused = forms.post(ADMIN, "/meg/timer/" + entry + "/avvisning",
            FormPosts.form(Map.of("reason", "<script>x</script>")));

        assertAll(
            () -> assertTrue(page.contains("<li data-hours-id=\"" + entry + "\">"), page),
            () -> assertTrue(page.contains("action=\"/meg/timer/" + entry + "/godkjenning\""), page),
            () -> assertTrue(page.contains("&lt;b&gt;Rigger&lt;/b&gt;</p>"), page),
            () -> assertFalse(page.contains("<b>Rigger"), page),
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("id=\"reason-" + entry + "-error\""), refused.body()),
            () -> assertTrue(refused.body().contains("aria-describedby=\"reason-" + entry + "-error\" aria-invalid=\"true\">"
                + "&lt;script&gt;x&lt;/script&gt;</textarea>"), refused.body()),
            () -> assertFalse(refused.body().contains("<script>x"), refused.body()));
    }

    @Test
    void theAssociationsPageShowsTheHelpItHasGiven() {
        var page = gateway.get("/foreninger/" + choir).body();
        var panels = gateway.bean(PagePanels.class);
        var viewer = new PanelViewer(new Texts(Language.BOKMAL), null, "csrf", HttpRequest.GET("/").getParameters());

        assertAll(
            () -> assertTrue(page.contains("<h2 class=\"ds-heading\" id=\"association-help-offers-heading\">"
                + "Hjelp foreningen har gitt</h2>"), page),
            () -> assertTrue(page.contains("href=\"/ideer/" + idea + "\">Timer med hjelp (40 timer)</a>"
                + " – Vi &lt;stiller&gt; med lydfolk."), page),
            () -> assertFalse(page.contains("Øvingslokalet"), "a declined offer"),
            () -> assertEquals("", panels.render("association", UUID.randomUUID().toString(), viewer)));
    }

    @Test
    void theDirectoryFindsAssociationsByTheKindOfHelpTheyOfferedAndTheWordsOfTheirAcceptedOffers() {
        eventually(() -> assertTrue(gateway.get("/api/associations?municipality=1833").body().contains(club)));
        var byKind = gateway.get("/api/associations?municipality=1833&offers=hours").body();
        var byDeclinedKind = gateway.get("/api/associations?municipality=1833&offers=venue").body();
        var byOfferWords = gateway.get("/api/associations?municipality=1833&name=LYDFOLK+stiller").body();
        var byDeclinedWords = gateway.get("/api/associations?municipality=1833&name=%C3%B8vingslokalet").body();
        var unknownKind = gateway.get("/api/associations?municipality=1833&offers=kaker");
        var page = gateway.get("/kommuner/1833/foreninger?tilbyr=hours").body();
        var english = gateway.get("/kommuner/1833/foreninger?lang=en").body();

        assertAll(
            () -> assertTrue(byKind.contains(choir) && !byKind.contains(club), byKind),
            () -> assertTrue(byKind.contains("\"offers\":[\"hours\"]"), byKind),
            () -> assertFalse(byDeclinedKind.contains(choir), "a declined offer is not what it offers"),
            () -> assertTrue(byOfferWords.contains(choir) && !byOfferWords.contains(club), byOfferWords),
            () -> assertFalse(byDeclinedWords.contains(choir), "a declined offer's words are not public"),
            () -> assertEquals(400, unknownKind.statusCode()),
            () -> assertTrue(unknownKind.body().contains("\"field\":\"offers\""), unknownKind.body()),
            () -> assertTrue(page.contains("data-association-id=\"" + choir + "\"") && !page.contains(club), page),
            () -> assertTrue(page.contains("<option value=\"hours\" selected>Timer med hjelp</option>"), page),
            () -> assertTrue(page.contains("<p class=\"association-offers\">Tilbyr: Timer med hjelp</p>"), page),
            () -> assertTrue(english.contains("<label class=\"ds-label\" for=\"tilbyr\">Offers help with</label>"),
                english),
            () -> assertTrue(gateway.get("/kommuner/1833/foreninger?tilbyr=kaker").body().contains(club),
                "the page leaves out a kind it does not know"));
    }

    private void offered(MessagesOnKafka messages, String offer, String association, String by, String kind,
                                Double hours, String description) {
        messages.send(OrganisationsMessages.HELP_OFFERED, UUID.randomUUID(), AT, "1833", offer,
            new HelpOffered(offer, idea, association, by, kind, hours, List.of(), description, AT));
    }

    static String subjectOf(Person person) {
        return person.subject();
    }
}
