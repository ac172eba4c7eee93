package no.samskap.gateway.organisations.attests;

import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The politiattest pages against a stand-in organisations service, with the association's members in the read
 * model as the service tells it by message: appointing the two officers, the officers' requests and sightings, the
 * confirmation of purpose, and the volunteer's own requests. The gateway keeps strangers out; the service decides
 * who the officers are.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestPagesIT {

    private static final Person ADMIN = resident("attest-admin", "Kari Nordmann");
    private static final Person MEMBER = resident("attest-member", "Ola Trener");
    private static final Person STRANGER = resident("attest-stranger", "Per Hansen");

    private final String choir = UUID.randomUUID().toString();
    private final String request = UUID.randomUUID().toString();
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
        try (var associations = new AssociationMessagesOnKafka(infrastructure)) {
            associations.registered(choir, "1833", "974760673", "Mo <Songkor>", "kor", subjectOf(ADMIN));
            associations.send(OrganisationsMessages.MEMBER_ADDED, new MemberAdded(choir, subjectOf(MEMBER), "member",
                subjectOf(ADMIN), AssociationMessagesOnKafka.AT), "1833", choir);
        }
        organisations.answer("GET", "/associations/" + choir + "/members", Answer.json(200, """
            [{"personId":"%s","displayName":"Kari Nordmann","role":"admin"},
             {"personId":"%s","displayName":"Ola <Trener>","role":"member"}]""".formatted(subjectOf(ADMIN),
            subjectOf(MEMBER))));
        for (var person : List.of(ADMIN, MEMBER)) {
            eventually(() -> assertTrue(forms.get(person, "/api/me/associations").body().contains(choir),
                person.username()));
        }
    }

    @AfterAll
    void stop() {
        gateway.close();
        organisations.close();
    }

    @Test
    void anAdminAppointsTheOfficersFromTheMembersAndSeesWhoTheyAre() {
        var officers = "/associations/" + choir + "/attest-officers";
        organisations.answer("GET", officers, Answer.problem(404, """
            {"type":"https://samskap.no/problems/not-found","title":"Not Found","status":404,"detail":"none"}"""));
        var before = forms.get(ADMIN, page("/ansvarlige")).body();
        var appointed = """
            {"associationId":"%s","responsibleId":"%s","deputyId":"%s","appointedBy":"%s",
             "appointedAt":"2026-12-01T09:00:00Z"}""".formatted(choir, subjectOf(MEMBER), subjectOf(ADMIN),
            subjectOf(ADMIN));
        organisations.answer("PUT", officers, Answer.json(200, appointed));

        var saved = forms.post(ADMIN, page("/ansvarlige"), "responsibleId=" + subjectOf(MEMBER) + "&deputyId="
            + subjectOf(ADMIN));
        organisations.answer("GET", officers, Answer.json(200, appointed));
        var after = forms.get(ADMIN, page("/ansvarlige?lagret=1")).body();
        var english = forms.get(ADMIN, page("/ansvarlige?lang=en")).body();

        var sent = organisations.callsTo(officers).stream().filter(call -> "PUT".equals(call.method()))
            .reduce((first, second) -> second).orElseThrow();
        assertAll(
            () -> assertTrue(before.contains("Foreningen har ikke utnevnt noen ansvarlig for politiattest ennå."), before),
            () -> assertTrue(before.contains("<option value=\"" + subjectOf(MEMBER) + "\">Ola &lt;Trener&gt;</option>"),
                before),
            () -> assertTrue(before.contains("name=\"_csrf\""), before),
            () -> assertEquals(303, saved.statusCode()),
            () -> assertEquals("/foreninger/" + choir + "/politiattest/ansvarlige?lagret=1",
                saved.headers().firstValue("Location").orElse("")),
            () -> assertEquals("{\"responsibleId\":\"" + subjectOf(MEMBER) + "\",\"deputyId\":\"" + subjectOf(ADMIN)
                + "\"}", sent.body()),
            () -> assertTrue(after.contains("id=\"officers-saved\""), after),
            () -> assertTrue(after.contains("Nå er Ola &lt;Trener&gt; ansvarlig og Kari Nordmann stedfortreder."), after),
            () -> assertTrue(after.contains("<option value=\"" + subjectOf(MEMBER) + "\" selected>"), after),
            () -> assertTrue(english.contains("Ola &lt;Trener&gt; is responsible now, and Kari Nordmann is the deputy."),
                english));
    }

    @Test
    void showsTheAppointmentAgainAtTheDeputyTheServiceRefusedWithTheSummaryInFocus() {
        organisations.answer("PUT", "/associations/" + choir + "/attest-officers", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"same person","errors":[{"field":"deputyId","message":"must be another person"}]}"""));

        var refused = forms.post(ADMIN, page("/ansvarlige"), "responsibleId=" + subjectOf(MEMBER) + "&deputyId="
            + subjectOf(MEMBER));
        var nynorsk = forms.post(ADMIN, page("/ansvarlige?lang=nn"), "responsibleId=" + subjectOf(MEMBER)
            + "&deputyId=" + subjectOf(MEMBER));

        var body = refused.body();
        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(body.contains("id=\"error-summary\" tabindex=\"-1\" autofocus"), body),
            () -> assertTrue(body.contains("href=\"#deputyId\">Velg en stedfortreder blant medlemmene, en annen enn"
                + " den ansvarlige.</a>"), body),
            () -> assertTrue(body.contains("id=\"deputyId\" name=\"deputyId\" aria-describedby=\"deputyId-hint "
                + "deputyId-error\" aria-invalid=\"true\""), body),
            () -> assertEquals(2, Pattern.compile("value=\"" + subjectOf(MEMBER) + "\" selected").matcher(body)
                .results().count(), "what was chosen is kept"),
            () -> assertTrue(nynorsk.body().contains("Vel ein stadfortredar blant medlemmene"), nynorsk.body()));
    }

    @Test
    void onlyTheAssociationsAdminsAppointAndOnlyItsMembersSeeItsPolitiattestPagesWithNothingAskedOtherwise() {
        var callsBefore = organisations.calls().size();

        var member = forms.get(MEMBER, page("/ansvarlige"));
        var memberPost = forms.post(MEMBER, page("/ansvarlige"), "responsibleId=x&deputyId=y");
        var stranger = forms.get(STRANGER, page("/foresporsler"));
        var strangerSightings = forms.post(STRANGER, page(""), "volunteerId=x&role=barn-og-unge&seenOn=2026-12-01");

        var callsAfter = organisations.calls().size();
        assertAll(
            () -> assertEquals(403, member.statusCode()),
            () -> assertTrue(member.body().contains("Bare foreningens administratorer kan utnevne"), member.body()),
            () -> assertEquals(403, memberPost.statusCode()),
            () -> assertEquals(403, stranger.statusCode()),
            () -> assertTrue(stranger.body().contains("Politiattestsidene til en forening er for medlemmene."),
                stranger.body()),
            () -> assertEquals(403, strangerSightings.statusCode()),
            () -> assertEquals(callsBefore, callsAfter, "the service was asked"),
            () -> assertEquals(404, forms.get(ADMIN, "/foreninger/" + UUID.randomUUID() + "/politiattest/ansvarlige")
                .statusCode()));
    }

    @Test
    void theOfficersAskAMemberAndEachOpenRequestLeadsToTheSightingFormFilledIn() {
        var requests = "/associations/" + choir + "/attest-requests";
        organisations.answer("GET", requests, Answer.json(200, """
            {"requests":[{"id":"%s","associationId":"%s","volunteerId":"%s","role":"barn-og-unge",
               "roleName":"Trener G12","requestedBy":"x","requestedAt":"2026-11-20T09:00:00Z"},
              {"id":"%s","associationId":"%s","volunteerId":"%s","role":"personer-med-utviklingshemming",
               "requestedBy":"x","requestedAt":"2026-11-01T09:00:00Z","sightedAt":"2026-11-10T09:00:00Z"}]}"""
            .formatted(request, choir, subjectOf(MEMBER), UUID.randomUUID(), choir, subjectOf(ADMIN))));
        organisations.answer("GET", "/associations/" + choir + "/attest-sightings", Answer.json(200,
            "{\"sightings\":[]}"));
        organisations.answer("POST", requests, Answer.json(201, "{\"id\":\"" + UUID.randomUUID() + "\"}"));

        var page = forms.get(MEMBER, page("/foresporsler")).body();
        var link = "/foreninger/" + choir + "/politiattest?volunteerId=" + subjectOf(MEMBER) + "&role=barn-og-unge";
        var form = forms.get(MEMBER, link).body();
        var asked = forms.post(MEMBER, page("/foresporsler"), "volunteerId=" + subjectOf(MEMBER)
            + "&role=barn-og-unge&roleName=Trener+G12");

        assertAll(
            () -> assertTrue(page.contains("<tr><td>Ola &lt;Trener&gt;</td><td>barn og unge under 18 år (Trener G12)"
                + "</td>"), page),
            () -> assertTrue(page.contains("href=\"" + link.replace("&", "&amp;") + "#attest-form\">Registrer at "
                + "attesten er sett</a>"), page),
            () -> assertTrue(page.contains("<td>Sett 10. november 2026</td>"), page),
            () -> assertTrue(page.contains("href=\"/foreninger/" + choir + "/politiattest\">Politiattester som er sett"),
                page),
            () -> assertTrue(form.contains("<option value=\"" + subjectOf(MEMBER) + "\" selected>"), form),
            () -> assertTrue(form.contains("value=\"barn-og-unge\" checked"), form),
            () -> assertTrue(form.contains("href=\"/foreninger/" + choir + "/politiattest/foresporsler\""), form),
            () -> assertEquals(303, asked.statusCode()),
            () -> assertEquals("/foreninger/" + choir + "/politiattest/foresporsler?sendt=1",
                asked.headers().firstValue("Location").orElse("")),
            () -> assertEquals("{\"volunteerId\":\"" + subjectOf(MEMBER) + "\",\"role\":\"barn-og-unge\","
                + "\"roleName\":\"Trener G12\"}", organisations.lastCallTo(requests).body()));
    }

    @Test
    void tellsAMemberWhoIsNoOfficerThatTheOfficersAloneSeeTheRequestsAndShowsARefusedRequestAtItsField() {
        var requests = "/associations/" + choir + "/attest-requests";
        organisations.answer("GET", requests, Answer.problem(403, """
            {"type":"https://samskap.no/problems/forbidden","title":"Forbidden","status":403,"detail":"officers only"}"""));
        var notOfficer = forms.get(ADMIN, page("/foresporsler"));
        organisations.answer("GET", requests, Answer.json(200, "{\"requests\":[]}"));
        organisations.answer("POST", requests, Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"no member","errors":[{"field":"volunteerId","message":"must be a member of the association"}]}"""));

        var refused = forms.post(MEMBER, page("/foresporsler"), "volunteerId=someone&role=barn-og-unge&roleName=");

        assertAll(
            () -> assertEquals(403, notOfficer.statusCode()),
            () -> assertTrue(notOfficer.body().contains("Bare den som er ansvarlig for politiattester"),
                notOfficer.body()),
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("id=\"no-requests\""), refused.body()),
            () -> assertTrue(refused.body().contains("href=\"#volunteerId\">"), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"barn-og-unge\" checked"), refused.body()));
    }

    @Test
    void theVolunteerSeesWhatTheyWereAskedAndPrintsTheConfirmationOfPurposeToApplyWith() {
        organisations.answer("GET", "/me/attest-requests", Answer.json(200, """
            {"requests":[{"request":{"id":"%s","associationId":"%s","volunteerId":"%s","role":"barn-og-unge",
               "roleName":"Trener G12","requestedBy":"x","requestedAt":"2026-11-20T09:00:00Z"},
              "confirmation":{"associationId":"%s","associationName":"Mo <Songkor>","organisationNumber":"974760673",
               "municipality":"1833","volunteerId":"%s","role":"barn-og-unge","roleName":"Trener G12",
               "responsibleFor":"minors","legalBasis":["politiregisterloven § 39"],"officerId":"x",
               "confirmedOn":"2026-11-20"}}]}""".formatted(request, choir, subjectOf(MEMBER), choir,
            subjectOf(MEMBER))));

        var mine = forms.get(MEMBER, "/meg/politiattest").body();
        var nynorsk = forms.get(MEMBER, "/meg/politiattest?lang=nn").body();
        var english = forms.get(MEMBER, "/meg/politiattest?lang=en").body();
        var printed = forms.get(MEMBER, "/meg/politiattest/" + request + "/bekreftelse").body();
        var someoneElses = forms.get(MEMBER, "/meg/politiattest/" + UUID.randomUUID() + "/bekreftelse");
        var myPage = forms.get(MEMBER, "/meg").body();

        assertAll(
            () -> assertTrue(mine.contains("<a class=\"ds-link\" href=\"/foreninger/" + choir + "\">Mo &lt;Songkor&gt;"
                + "</a>: barn og unge under 18 år (Trener G12)"), mine),
            () -> assertTrue(mine.contains("Venter på at du viser attesten til den ansvarlige."), mine),
            () -> assertTrue(mine.contains("href=\"/meg/politiattest/" + request + "/bekreftelse\""), mine),
            () -> assertTrue(nynorsk.contains("Politiattestane mine"), nynorsk),
            () -> assertTrue(english.contains("My police certificates"), english),
            () -> assertTrue(printed.contains("<dd>Mo &lt;Songkor&gt;</dd>"), printed),
            () -> assertTrue(printed.contains("<dd>Ola &lt;Trener&gt;</dd>"), printed),
            () -> assertTrue(printed.contains("<li>politiregisterloven § 39</li>"), printed),
            () -> assertEquals(404, someoneElses.statusCode()),
            () -> assertTrue(myPage.contains("id=\"my-attest-requests-link\" href=\"/meg/politiattest\""), myPage));
    }

    @Test
    void theAssociationsPageShowsItsMembersTheWayToPolitiattestAndItsAdminsTheAppointment() {
        var admin = forms.get(ADMIN, "/foreninger/" + choir).body();
        var member = forms.get(MEMBER, "/foreninger/" + choir).body();
        var stranger = forms.get(STRANGER, "/foreninger/" + choir).body();

        assertAll(
            () -> assertTrue(admin.contains("id=\"attest-officers-link\" href=\"/foreninger/" + choir
                + "/politiattest/ansvarlige\""), admin),
            () -> assertTrue(member.contains("id=\"attest-requests-link\" href=\"/foreninger/" + choir
                + "/politiattest/foresporsler\""), member),
            () -> assertFalse(member.contains("attest-officers-link"), "a plain member appoints no one"),
            () -> assertFalse(stranger.contains("association-attest"), "a stranger is shown no politiattest"));
    }

    @Test
    void showsTheOfficersTheSightingsAndAFormWithNoPlaceForTheCertificatesContent() {
        var sightings = "/associations/" + choir + "/attest-sightings";
        organisations.answer("GET", sightings, Answer.json(200, """
            {"sightings":[{"volunteerId":"%s","role":"barn-og-unge","roleName":"Trener G12","seenBy":"%s",
              "seenOn":"2020-01-10","validUntil":"2023-01-10","guardianConsent":false}]}""".formatted(subjectOf(MEMBER),
            subjectOf(ADMIN))));
        var page = forms.get(ADMIN, "/foreninger/" + choir + "/politiattest").body();
        organisations.answer("GET", sightings, Answer.problem(403, """
            {"type":"https://samskap.no/problems/forbidden","title":"Forbidden","status":403,"detail":"officers only"}"""));
        var notOfficer = forms.get(MEMBER, "/foreninger/" + choir + "/politiattest");

        var names = Pattern.compile("name=\"([^\"]+)\"").matcher(page.substring(page.indexOf("id=\"attest-form\"")))
            .results().map(match -> match.group(1)).distinct().toList();
        assertAll(
            () -> assertTrue(page.contains("<td>Ola &lt;Trener&gt;</td><td>barn og unge under 18 år (Trener G12)</td>"
                + "<td>Sett av Kari Nordmann"), page),
            () -> assertTrue(page.contains("class=\"expired\""), "an expired sighting is marked"),
            () -> assertTrue(page.contains("/politiattest/bekreftelse?volunteerId=" + subjectOf(MEMBER)
                + "&amp;role=barn-og-unge"), page),
            () -> assertEquals(List.of("_csrf", "volunteerId", "role", "roleName", "seenOn", "validYears", "guardianConsent"),
                names, "no field for what the certificate says"),
            () -> assertEquals(403, notOfficer.statusCode()),
            () -> assertTrue(notOfficer.body().contains("Bare den som er ansvarlig for politiattester"),
                notOfficer.body()));
    }

    @Test
    void showsTheSightingFormAgainAtTheDateTheServiceRefused() {
        organisations.answer("GET", "/associations/" + choir + "/attest-sightings", Answer.json(200, "{\"sightings\":[]}"));
        organisations.answer("POST", "/associations/" + choir + "/attest-sightings", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"in the future","errors":[{"field":"seenOn","message":"cannot be in the future"}]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/politiattest",
            "volunteerId=member-1&role=barn-og-unge&seenOn=2099-01-01&validYears=3");

        var sent = organisations.callsTo("/associations/" + choir + "/attest-sightings").stream()
            .filter(call -> "POST".equals(call.method())).reduce((first, second) -> second).orElseThrow();
        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("href=\"#seenOn\">Skriv datoen du så attesten"), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"2099-01-01\""), refused.body()),
            () -> assertTrue(sent.body().contains("\"validYears\":3"), sent.body()),
            () -> assertFalse(sent.body().contains("content"), sent.body()));
    }

    @Test
    void printsTheConfirmationOfPurpose() {
        organisations.answer("GET", "/associations/" + choir + "/attest-purpose-confirmation", Answer.json(200, """
            {"associationName":"Mo <Songkor>","organisationNumber":"974760673","municipality":"1833",
             "volunteerId":"member-1","role":"barn-og-unge","roleName":null,"responsibleFor":"barn",
             "legalBasis":["politiregisterloven § 39"],"officerId":"x","confirmedOn":"2026-12-01"}"""));

        var page = forms.get(ADMIN, "/foreninger/" + choir + "/politiattest/bekreftelse?volunteerId=member-1&role=barn-og-unge")
            .body();

        assertAll(
            () -> assertTrue(page.contains("<dd>Mo &lt;Songkor&gt;</dd>"), page),
            () -> assertTrue(page.contains("<li>politiregisterloven § 39</li>"), page),
            () -> assertTrue(page.matches("(?s).*<link rel=\"stylesheet\" media=\"print\" href=\"/assets/volunteering-print\\.[0-9a-f]{8}\\.css\">.*"),
                page));
    }

    @Test
    void saysWhyTheServiceGaveNoConfirmationOfPurpose() {
        organisations.answer("GET", "/associations/" + choir + "/attest-purpose-confirmation", Answer.problem(403, """
            {"type":"https://samskap.no/problems/forbidden","title":"Forbidden","status":403,"detail":"officers only"}"""));

        var refused = forms.get(ADMIN, "/foreninger/" + choir + "/politiattest/bekreftelse?volunteerId=member-1"
            + "&role=barn-og-unge");

        assertAll(
            () -> assertEquals(403, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<p class=\"ds-alert\" data-color=\"warning\" "
                + "id=\"confirmation-refused\">Du har ikke lov til å gjøre dette.</p>"), refused.body()));
    }

    private String page(String rest) {
        return "/foreninger/" + choir + "/politiattest" + rest;
    }

    private static Person resident(String username, String name) {
        return new Person(username, name, "1833", List.of("resident", "default-roles-samskap"));
    }

    private static String subjectOf(Person person) {
        return person.subject();
    }
}
