package no.samskap.gateway.organisations;

import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.organisations.AssociationChecked;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
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
 * The organisations module's pages against a stand-in organisations service: the directory, an association's page,
 * the register form and its refusals, the members page, the staff inbox section and the sections of "Min side".
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationPagesIT {

    private static final Person ADMIN = new Person("songkor-admin", "Kari Nordmann", "1833",
        List.of("resident", "default-roles-samskap"));
    private static final Person STRANGER = new Person("songkor-stranger", "Per Hansen", "1833",
        List.of("resident", "default-roles-samskap"));
    private static final Person STAFF = new Person("rana-staff", "Saksbehandler", "1833",
        List.of("staff", "default-roles-samskap"));
    private static final String VALID_NUMBER = "974760673";
    private static final String INVALID_NUMBER = "974760674";

    private final String choir = UUID.randomUUID().toString();
    private final String club = UUID.randomUUID().toString();
    private final String branch = UUID.randomUUID().toString();
    private final String accordion = UUID.randomUUID().toString();
    private final String invitation = UUID.randomUUID().toString();
    private StandInProposals organisations;
    private GatewayUnderTest gateway;
    private AssociationMessagesOnKafka messages;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.organisations-url", organisations.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        forms = new FormPosts(gateway);
        messages = new AssociationMessagesOnKafka(infrastructure);
        messages.registered(choir, "1833", VALID_NUMBER, "Mo Songkor", "kor", subjectOf(ADMIN));
        messages.checkedActive(choir, "1833", "MO SONGKOR");
        messages.verified(choir, "1833");
        messages.registered(club, "1833", "983609155", "Rana <Idrettslag>", "idrettslag", "someone-else");
        messages.checkedActive(club, "1833", "RANA IDRETTSLAG");
        messages.send(OrganisationsMessages.ASSOCIATION_REGISTERED, new AssociationRegistered(branch, "971524960",
            "Mo Songkor ungdom", "kor", "Ungdomskoret", choir, "someone-else", AssociationMessagesOnKafka.AT), "1833",
            branch);
        messages.send(OrganisationsMessages.ASSOCIATION_REGISTERED, new AssociationRegistered(accordion, "910000004",
            "Mo <b>Trekkspill</b>", "musikk", "Vi spelar.\n<script>alert(1)</script>", null, "someone-else",
            AssociationMessagesOnKafka.AT), "1833", accordion);
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + branch).statusCode()));
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + accordion).statusCode()));
        eventually(() -> assertTrue(gateway.get("/api/associations/" + choir).body().contains("\"verified\":true")));
        eventually(() -> assertTrue(gateway.get("/api/associations/" + club).body().contains("\"active\"")));
        organisations.answer("GET", "/associations/" + choir, Answer.json(200, """
            {"id":"%s","contactEmail":"post@songkor.test","contactPhone":"75 00 00 00",
             "website":"javascript:alert(1)"}""".formatted(choir)));
        organisations.answer("GET", "/associations/" + choir + "/members", Answer.json(200, """
            [{"personId":"%s","displayName":"Kari Nordmann","role":"admin","addedAt":"2026-11-02T09:00:00Z"},
             {"personId":"member-1","displayName":"Ola <Nordmann>","role":"member","addedAt":"2026-11-03T09:00:00Z"}]"""
            .formatted(subjectOf(ADMIN))));
        organisations.answer("GET", "/associations/" + club + "/register-roles", Answer.json(200,
            "[{\"roleCode\":\"LEDE\",\"roleDescription\":\"Styrets leder\",\"personName\":\"Kari Styreleder\","
                + "\"resigned\":false}]"));
        organisations.answer("GET", "/me/invitations", Answer.json(200, """
            [{"id":"%s","associationId":"%s","associationName":"Mo Songkor","role":"member",
              "invitedAt":"2026-11-04T09:00:00Z"}]""".formatted(invitation, choir)));
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
        organisations.close();
    }

    @Test
    void listsAMunicipalitysAssociationsWithTheVerifiedBadgeInEveryLanguage() {
        var bokmal = gateway.get("/kommuner/1833/foreninger").body();
        var nynorsk = gateway.get("/kommuner/1833/foreninger?lang=nn").body();
        var english = gateway.get("/kommuner/1833/foreninger?lang=en").body();

        assertAll(
            () -> assertTrue(bokmal.contains("<a class=\"ds-link\" href=\"/foreninger/" + choir + "\">Mo Songkor</a>"), bokmal),
            () -> assertTrue(bokmal.contains("Rana &lt;Idrettslag&gt;"), "user text is escaped"),
            () -> assertTrue(bokmal.contains("Verifisert av kommunen"), bokmal),
            () -> assertTrue(bokmal.contains("<label class=\"ds-label\" for=\"navn\">Søk etter ord</label>"), bokmal),
            () -> assertTrue(nynorsk.contains("Lag og foreiningar i"), nynorsk),
            () -> assertTrue(english.contains("Verified by the municipality"), english),
            () -> assertTrue(english.contains("Sports club"), english));
    }

    @Test
    void findsAssociationsByNameAndFiltersThemByType() {
        var byName = gateway.get("/kommuner/1833/foreninger?navn=songkor").body();
        var byType = gateway.get("/kommuner/1833/foreninger?type=idrettslag").body();

        assertAll(
            () -> assertTrue(byName.contains(choir) && byName.contains(branch) && !byName.contains(club), byName),
            () -> assertTrue(byType.contains(club) && !byType.contains(choir), byType),
            () -> assertTrue(byType.contains("<option value=\"idrettslag\" selected>"), byType),
            () -> assertEquals(404, gateway.get("/kommuner/rana/foreninger").statusCode()));
    }

    @Test
    void showsAnAssociationsBadgeRegisterFactsParentAndContact() {
        var choirPage = gateway.get("/foreninger/" + choir).body();
        var branchPage = gateway.get("/foreninger/" + branch).body();

        assertAll(
            () -> assertTrue(choirPage.contains("<h1 class=\"ds-heading\">Mo Songkor</h1>"), choirPage),
            () -> assertTrue(choirPage.contains("verified-badge"), choirPage),
            () -> assertTrue(choirPage.contains("<dd>MO SONGKOR</dd>"), choirPage),
            () -> assertTrue(choirPage.contains("<dd>" + VALID_NUMBER + "</dd>"), choirPage),
            () -> assertTrue(choirPage.contains("mailto:post@songkor.test"), choirPage),
            () -> assertFalse(choirPage.contains("href=\"javascript:"), "only web addresses are linked"),
            () -> assertFalse(choirPage.contains("members-link"), "a visitor sees no way to the members"),
            () -> assertTrue(branchPage.contains("<a class=\"ds-link\" href=\"/foreninger/" + choir + "\">Mo Songkor</a>"),
                branchPage),
            () -> assertTrue(branchPage.contains("Ikke verifisert ennå"), branchPage),
            () -> assertEquals(404, gateway.get("/foreninger/" + UUID.randomUUID()).statusCode()));
    }

    @Test
    void showsAnAssociationsOwnWordsAsTextOnItsPageAndInTheDirectory() {
        var page = gateway.get("/foreninger/" + accordion).body();
        var directory = gateway.get("/kommuner/1833/foreninger?type=musikk").body();

        assertAll(
            () -> assertTrue(page.contains("<h1 class=\"ds-heading\">Mo &lt;b&gt;Trekkspill&lt;/b&gt;</h1>"), page),
            () -> assertTrue(page.contains("<p class=\"description\">Vi spelar.<br>\n&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
                page),
            () -> assertFalse(page.contains("<script>alert"), page),
            () -> assertTrue(directory.contains(">Mo &lt;b&gt;Trekkspill&lt;/b&gt;</a>"), directory),
            () -> assertTrue(directory.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), directory),
            () -> assertFalse(directory.contains("<script>alert"), directory),
            () -> assertFalse(directory.contains("<b>Trekkspill"), directory));
    }

    @Test
    void showsItsMembersTheWayToTheMemberList() {
        var page = forms.get(ADMIN, "/foreninger/" + choir).body();

        assertTrue(page.contains("<a class=\"ds-link\" id=\"members-link\" href=\"/foreninger/" + choir + "/medlemmer\">"),
            page);
        assertFalse(forms.get(STRANGER, "/foreninger/" + choir).body().contains("members-link"));
    }

    @Test
    void offersTheRegisterFormWithTheLiveOrganisationNumberCheck() {
        var page = forms.get(ADMIN, "/foreninger/ny").body();

        assertAll(
            () -> assertTrue(page.contains("<label class=\"ds-label\" for=\"organisationNumber\">Organisasjonsnummer</label>"),
                page),
            () -> assertTrue(page.contains("aria-describedby=\"organisationNumber-hint\""), page),
            () -> assertTrue(page.contains("data-organisation-number"), page),
            () -> assertTrue(page.matches("(?s).*<script src=\"/assets/organisation-number\\.[0-9a-f]{8}\\.js\" defer>.*"), page),
            () -> assertTrue(page.contains("<option value=\"" + choir + "\">Mo Songkor</option>"), "a parent to choose"),
            () -> assertEquals(403, forms.get(STAFF, "/foreninger/ny").statusCode()));
    }

    @Test
    void refusesAnOrganisationNumberWithAWrongCheckDigitBeforeAskingTheService() {
        var callsBefore = organisations.callsTo("/associations").size();

        var refused = forms.post(ADMIN, "/foreninger/ny", FormPosts.form(Map.of("organisationNumber", INVALID_NUMBER,
            "name", "Mo Mannskor", "type", "kor", "description", "Vi syng.")));

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("class=\"ds-error-summary\""), refused.body()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#organisationNumber\">Organisasjonsnummeret"
                + " må være 9 siffer med gyldig kontrollsiffer.</a>"), refused.body()),
            () -> assertTrue(refused.body().contains("aria-describedby=\"organisationNumber-hint organisationNumber-error\""
                + " aria-invalid=\"true\""), refused.body()),
            () -> assertTrue(refused.body().contains("value=\"Mo Mannskor\""), "what was typed is kept"),
            () -> assertEquals(callsBefore, organisations.callsTo("/associations").size()));
    }

    @Test
    void keepsEveryTypedValueAndChoiceAsTextWhenTheFormIsRefused() {
        var refused = forms.post(ADMIN, "/foreninger/ny", FormPosts.form(Map.of("organisationNumber", INVALID_NUMBER,
            "name", "Mo \"Mannskor\"", "type", "kor", "description", "Vi syng.\n<script>alert(1)</script>",
            "website", "https://mannskor.test", "parentAssociationId", choir)));

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("value=\"Mo &#34;Mannskor&#34;\""), refused.body()),
            () -> assertTrue(refused.body().contains("<option value=\"kor\" selected>"), refused.body()),
            () -> assertTrue(refused.body().contains("<option value=\"" + choir + "\" selected>Mo Songkor</option>"),
                refused.body()),
            () -> assertTrue(refused.body().contains("value=\"https://mannskor.test\""), refused.body()),
            () -> assertTrue(refused.body().contains(">Vi syng.\n&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"),
                refused.body()),
            () -> assertFalse(refused.body().contains("<script>alert"), refused.body()));
    }

    @Test
    void showsTheServicesRefusalAtTheFieldItNames() {
        organisations.answer("POST", "/associations", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
             "detail":"already registered","errors":[{"field":"organisationNumber","message":"already registered"}]}"""));

        var refused = forms.post(ADMIN, "/foreninger/ny?lang=en", FormPosts.form(Map.of("organisationNumber",
            VALID_NUMBER, "name", "Mo Songkor", "type", "kor", "description", "Vi syng.")));

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("An association with this organisation number is already registered"),
                refused.body()),
            () -> assertTrue(refused.body().contains("id=\"organisationNumber-error\""), refused.body()));
    }

    @Test
    void sendsTheRegistrationToTheServiceAndOpensTheNewAssociationsPage() {
        var registered = UUID.randomUUID().toString();
        organisations.answer("POST", "/associations", Answer.json(201, "{\"id\":\"" + registered + "\"}")
            .withHeader("Location", "/associations/" + registered));

        var response = forms.post(ADMIN, "/foreninger/ny", FormPosts.form(Map.of("organisationNumber", "974 760 673",
            "name", "Mo Mannskor", "type", "kor", "description", "Vi syng.", "contactEmail", "")));

        var sent = organisations.lastCallTo("/associations");
        assertAll(
            () -> assertEquals(303, response.statusCode()),
            () -> assertEquals("/foreninger/" + registered + "?ferdig=registrert",
                response.headers().firstValue("Location").orElse("")),
            () -> assertTrue(sent.body().contains("\"organisationNumber\":\"974760673\""), sent.body()),
            () -> assertFalse(sent.body().contains("contactEmail"), "an empty optional field is left out"),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "sent with the person's own token"));
    }

    @Test
    void showsAnAdminTheMembersWithTheFormsToInviteChangeRolesAndRemove() {
        var page = forms.get(ADMIN, "/foreninger/" + choir + "/medlemmer").body();

        assertAll(
            () -> assertTrue(page.contains("Ola &lt;Nordmann&gt;"), page),
            () -> assertTrue(page.contains("action=\"/foreninger/" + choir + "/medlemmer/invitasjoner\""), page),
            () -> assertTrue(page.contains("action=\"/foreninger/" + choir + "/medlemmer/member-1/rolle\""), page),
            () -> assertTrue(page.contains("action=\"/foreninger/" + choir + "/medlemmer/member-1/fjerning\""), page),
            () -> assertTrue(page.contains("Gå ut av foreningen"), "the admin may leave too"));
    }

    @Test
    void refusesAnInvitationToSomeoneUnknownNamingTheField() {
        organisations.answer("POST", "/associations/" + choir + "/invitations", Answer.problem(422, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Unprocessable","status":422,
             "detail":"no such person","errors":[{"field":"invitee","message":"no such person"}]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/invitasjoner",
            FormPosts.form(Map.of("invitee", "ukjent@example.test", "role", "member")));

        assertAll(
            () -> assertEquals(422, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#invitee\">Vi finner ingen med dette"),
                refused.body()),
            () -> assertTrue(refused.body().contains("value=\"ukjent@example.test\""), refused.body()),
            () -> assertTrue(refused.body().contains("aria-describedby=\"invitee-error\""), refused.body()));
    }

    @Test
    void tellsTheLastAdminTheyCannotLeave() {
        organisations.answer("DELETE", "/associations/" + choir + "/members/" + subjectOf(ADMIN), Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
             "detail":"the last admin cannot leave; make another member admin first","errors":[]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/" + subjectOf(ADMIN) + "/fjerning", "");

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Foreningen må ha minst én administrator"), refused.body()));
    }

    @Test
    void tellsTheAdminThePersonIsAlreadyInvitedAtTheInviteeField() {
        organisations.answer("POST", "/associations/" + choir + "/invitations", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
             "detail":"this person already has an open invitation to the association",
             "errors":[{"field":"invitee","message":"this person already has an open invitation to the association"}]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/invitasjoner",
            FormPosts.form(Map.of("invitee", "ola", "role", "admin")));

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("<a class=\"ds-link\" href=\"#invitee\">Personen er allerede medlem"),
                refused.body()),
            () -> assertFalse(refused.body().contains("minst én administrator"), refused.body()),
            () -> assertTrue(refused.body().contains("<option value=\"admin\" selected>"), "the role chosen is kept"));
    }

    @Test
    void tellsTheAdminTheLastAdminCannotBecomeAPlainMember() {
        organisations.answer("PUT", "/associations/" + choir + "/members/" + subjectOf(ADMIN) + "/role",
            Answer.problem(409, """
                {"type":"https://samskap.no/problems/conflict","title":"Conflict","status":409,
                 "detail":"the last admin cannot be made a member","errors":[{"field":"role","message":"last admin"}]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/" + subjectOf(ADMIN) + "/rolle", "role=member");

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Den siste administratoren kan ikke bli vanlig medlem."), refused.body()),
            () -> assertFalse(refused.body().contains("id=\"role-error\""), "the invitation form's role is not at fault"));
    }

    @Test
    void confirmsAnInvitationSentAndRedirectsAfterIt() {
        organisations.answer("POST", "/associations/" + choir + "/invitations", Answer.json(201,
            "{\"id\":\"" + UUID.randomUUID() + "\",\"associationId\":\"" + choir + "\",\"role\":\"member\"}"));

        var sent = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/invitasjoner",
            FormPosts.form(Map.of("invitee", "ola", "role", "member")));

        assertEquals(303, sent.statusCode());
        assertEquals("/foreninger/" + choir + "/medlemmer?ferdig=invitert", sent.headers().firstValue("Location").orElse(""));
        assertTrue(forms.get(ADMIN, "/foreninger/" + choir + "/medlemmer?ferdig=invitert").body()
            .contains("Invitasjonen er sendt."));
    }

    @Test
    void showsAnAdminTheOpenInvitationsEachWithAWithdrawButton() {
        var open = UUID.randomUUID().toString();
        organisations.answer("GET", "/associations/" + choir + "/invitations", Answer.json(200, """
            [{"id":"%s","associationId":"%s","inviteeId":"p-9","displayName":"Siri <Berg>","username":"siri",
              "role":"admin","invitedAt":"2026-11-05T09:00:00Z"}]""".formatted(open, choir)));

        var page = forms.get(ADMIN, "/foreninger/" + choir + "/medlemmer").body();
        var english = forms.get(ADMIN, "/foreninger/" + choir + "/medlemmer?lang=en").body();

        assertAll(
            () -> assertTrue(page.contains("Invitasjoner som venter på svar"), page),
            () -> assertTrue(page.contains("<tr data-invitation-id=\"" + open + "\"><td>Siri &lt;Berg&gt;</td>"), page),
            () -> assertTrue(page.contains("action=\"/foreninger/" + choir + "/medlemmer/invitasjoner/" + open
                + "/tilbaketrekking\""), page),
            () -> assertTrue(page.contains("Trekk tilbake invitasjonen til Siri &lt;Berg&gt;"), page),
            () -> assertTrue(english.contains("Withdraw the invitation to Siri &lt;Berg&gt;"), english),
            () -> assertFalse(forms.get(STAFF, "/foreninger/" + choir + "/medlemmer").body()
                .contains("tilbaketrekking"), "only the association's admins see its invitations"));
    }

    @Test
    void withdrawsAnInvitationWithThePersonsTokenAndConfirmsIt() {
        var open = UUID.randomUUID().toString();
        organisations.answer("DELETE", "/associations/" + choir + "/invitations/" + open, Answer.json(204, ""));

        var withdrawn = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/invitasjoner/" + open
            + "/tilbaketrekking", "");

        var sent = organisations.lastCallTo("/associations/" + choir + "/invitations/" + open);
        assertAll(
            () -> assertEquals(303, withdrawn.statusCode()),
            () -> assertEquals("/foreninger/" + choir + "/medlemmer?ferdig=trukket",
                withdrawn.headers().firstValue("Location").orElse("")),
            () -> assertEquals("DELETE", sent.method()),
            () -> assertTrue(sent.authorization().startsWith("Bearer "), "sent with the admin's own token"),
            () -> assertTrue(forms.get(ADMIN, "/foreninger/" + choir + "/medlemmer?ferdig=trukket&lang=nn").body()
                .contains("Invitasjonen er trekt tilbake."), "confirmed"),
            () -> assertEquals(404, forms.post(ADMIN, "/foreninger/" + choir
                + "/medlemmer/invitasjoner/ikke-en-id/tilbaketrekking", "").statusCode()));
    }

    @Test
    void tellsTheAdminAnInvitationAlreadyAnsweredCannotBeWithdrawn() {
        var answered = UUID.randomUUID().toString();
        organisations.answer("DELETE", "/associations/" + choir + "/invitations/" + answered, Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Not possible now","status":409,
             "detail":"the invitation was already accepted","errors":[]}"""));

        var refused = forms.post(ADMIN, "/foreninger/" + choir + "/medlemmer/invitasjoner/" + answered
            + "/tilbaketrekking", "");

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Invitasjonen er allerede besvart eller trukket tilbake."),
                refused.body()),
            () -> assertFalse(refused.body().contains("minst én administrator"), refused.body()));
    }

    @Test
    void showsStaffTheUnverifiedAssociationsWithTheRegistersFactsAndRoles() {
        var inbox = forms.get(STAFF, "/stab/innboks").body();

        assertAll(
            () -> assertTrue(inbox.contains("Foreninger å verifisere"), inbox),
            () -> assertTrue(inbox.contains("action=\"/stab/innboks/foreninger/" + club + "/verifisering\""), inbox),
            () -> assertTrue(inbox.contains("Styrets leder: Kari Styreleder"), inbox),
            () -> assertTrue(inbox.contains("<dd>RANA IDRETTSLAG</dd>"), inbox),
            () -> assertTrue(inbox.contains(">Mo &lt;b&gt;Trekkspill&lt;/b&gt;</a></h3>"), inbox),
            () -> assertFalse(inbox.contains("<b>Trekkspill"), inbox),
            () -> assertFalse(inbox.contains("/stab/innboks/foreninger/" + choir + "/verifisering"),
                "a verified association waits for no one"));
    }

    @Test
    void tellsStaffOfAVerifiedAssociationTheRegisterNowCallsBankruptWithoutCountingItAsWork() {
        var band = UUID.randomUUID().toString();
        var before = forms.get(STAFF, "/api/staff/inbox/sections").body();
        messages.registered(band, "1833", "912345610", "Mo Storband", "musikk", "someone-else");
        messages.verified(band, "1833");
        messages.send(OrganisationsMessages.ASSOCIATION_CHECKED, new AssociationChecked(band, "bankrupt",
            "MO STORBAND", "FLI", false, null, AssociationMessagesOnKafka.AT), "1833", band);

        eventually(() -> assertTrue(forms.get(STAFF, "/stab/innboks").body().contains("data-association-id=\""
            + band + "\""), "the bankrupt band in the inbox"));
        var inbox = forms.get(STAFF, "/stab/innboks").body();
        assertAll(
            () -> assertTrue(inbox.contains("Verifiserte foreninger registeret melder om"), inbox),
            () -> assertTrue(inbox.contains("Enhetsregisteret melder: Konkurs"), inbox),
            () -> assertEquals(totalOf(before), totalOf(forms.get(STAFF, "/api/staff/inbox/sections").body())));
    }

    private static String totalOf(String sections) {
        var matcher = Pattern.compile("\"total\":(\\d+)").matcher(sections);
        return matcher.find() ? matcher.group(1) : "none";
    }

    @Test
    void verifiesFromTheInboxAndConfirmsIt() {
        organisations.answer("POST", "/associations/" + branch + "/verification", Answer.json(200,
            "{\"id\":\"" + branch + "\",\"verified\":true}"));

        var verified = forms.post(STAFF, "/stab/innboks/foreninger/" + branch + "/verifisering", "");

        assertEquals(303, verified.statusCode());
        assertEquals("/stab/innboks?utfort=associations-to-verify", verified.headers().firstValue("Location").orElse(""));
        assertTrue(organisations.lastCallTo("/associations/" + branch + "/verification").authorization()
            .startsWith("Bearer "));
    }

    @Test
    void listsThePersonsAssociationsAndInvitationsOnTheirOwnPage() {
        var page = forms.get(ADMIN, "/meg").body();

        assertAll(
            () -> assertTrue(page.contains("id=\"my-associations\""), page),
            () -> assertTrue(page.contains("Mo Songkor</a> – Administrator"), page),
            () -> assertTrue(page.contains("id=\"my-invitations\""), page),
            () -> assertTrue(page.contains("<p><a class=\"ds-link\" href=\"/foreninger/" + choir + "\">Mo Songkor</a>"
                + " inviterer deg som "), page),
            () -> assertTrue(page.contains("id=\"accept-" + invitation + "\">Bli med i Mo Songkor</button>"), page),
            () -> assertTrue(page.contains("action=\"/meg/invitasjoner/" + invitation + "/godta\""), page),
            () -> assertTrue(page.contains("action=\"/meg/invitasjoner/" + invitation + "/avsla\""), page),
            () -> assertFalse(forms.get(STRANGER, "/meg").body().contains("id=\"my-associations\""),
                "someone in no association has no such section"));
    }

    @Test
    void acceptsAnInvitationAndConfirmsItOnTheirOwnPage() {
        organisations.answer("POST", "/invitations/" + invitation + "/acceptance", Answer.json(200,
            "{\"associationId\":\"" + choir + "\",\"role\":\"member\"}"));

        var accepted = forms.post(ADMIN, "/meg/invitasjoner/" + invitation + "/godta", "");

        assertEquals(303, accepted.statusCode());
        assertEquals("/meg?forening=godtatt#my-associations", accepted.headers().firstValue("Location").orElse(""));
        assertTrue(forms.get(ADMIN, "/meg?forening=godtatt").body().contains("Du er nå medlem av foreningen."));
    }

    @Test
    void tellsTheInviteeAnInvitationWithdrawnWhileTheirPageWasOpenCannotBeAccepted() {
        var withdrawn = UUID.randomUUID().toString();
        organisations.answer("POST", "/invitations/" + withdrawn + "/acceptance", Answer.problem(409, """
            {"type":"https://samskap.no/problems/conflict","title":"Not possible now","status":409,
             "detail":"the invitation was already withdrawn","errors":[]}"""));

        var refused = forms.post(ADMIN, "/meg/invitasjoner/" + withdrawn + "/godta?lang=en", "");

        assertAll(
            () -> assertEquals(409, refused.statusCode()),
            () -> assertTrue(refused.body().contains("The invitation has already been answered or withdrawn."),
                refused.body()));
    }

    @Test
    void linksTheDirectoryFromTheNavigation() {
        var page = gateway.get("/").body();

        assertTrue(page.contains("<a href=\"/foreninger\" id=\"associations\">Foreninger</a>"), page);
        assertEquals("/kommuner/1833/foreninger", forms.get(ADMIN, "/foreninger").headers().firstValue("Location")
            .orElse(""));
    }

    private static String subjectOf(Person person) {
        return person.subject();
    }
}
