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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Innbyggerforslag on the idea page and the board: the count against the threshold, the council's deadline and
 * decision for everyone, and the forms of the author, the residents and the staff, sent on to the proposals service.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionPagesIT {

    private static final String BOARD = "/kommuner/1833/ideer";
    private static final Person RESIDENT = Person.ranaResident();
    private static final Person AUTHOR = new Person("petition-author", "Ola Hansen", "1833", List.of("resident"));
    private static final Person STAFF = new Person("petition-staff", "Kari Stab", "1833", List.of("staff"));
    private static final Person ELSEWHERE = new Person("odda-resident", "Per Odda", "4618", List.of("resident"));

    private StandInProposals proposals;
    private GatewayUnderTest gateway;
    private FormPosts forms;
    private String collecting;
    private String reached;
    private String overdue;
    private String treated;
    private String plain;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of(
            "samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.read-your-writes.timeout", "100ms"));
        forms = new FormPosts(gateway);
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            collecting = ideas.published("Sommerkino i Byparken", "Film under åpen himmel.", "kino");
            ideas.petitionCollecting(collecting, 57, 300);
            reached = ideas.published("Isbane på torget", "Hver vinter.", "idrett");
            ideas.petitionCollecting(reached, 300, 300);
            overdue = ideas.published("Lengre åpningstid på biblioteket", "Til klokka 22.", "bibliotek");
            ideas.petitionSent(overdue, 310, 300, LocalDate.of(2026, 1, 31));
            treated = ideas.published("Gatelys i Moholmen", "Tryggere skolevei.", "annet");
            ideas.petitionSent(treated, 305, 300, LocalDate.of(2099, 6, 30));
            ideas.petitionTreated(treated, LocalDate.of(2026, 10, 22), "Kommunestyret vedtok gatelys langs skoleveien.",
                "https://innsyn.rana.kommune.no/sak/2026-0412");
            plain = ideas.published("Lesesirkel for ungdom", "Hver torsdag.", "bibliotek");
        }
        eventually(() -> assertTrue(gateway.get("/ideer/" + treated).body().contains("id=\"petition-decision\"")));
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void theIdeaPageShowsTheCountAgainstTheThresholdInBokmalNynorskAndEnglish() {
        assertTrue(gateway.get("/ideer/" + collecting).body().contains(
            "<p class=\"ds-paragraph\" id=\"petition-count\">57 av 300 underskrifter som trengs</p>"));
        assertTrue(gateway.get("/ideer/" + collecting + "?lang=nn").body().contains("57 av 300 underskrifter som trengst"));
        var english = gateway.get("/ideer/" + collecting + "?lang=en").body();
        assertTrue(english.contains("57 of the 300 signatures needed") && english.contains("Citizens’ proposal"), english);
        assertFalse(gateway.get("/ideer/" + plain).body().contains("id=\"petition\""), "no innbyggerforslag, no section");
    }

    @Test
    void theBoardShowsABadgeWithTheCountOrWhereTheInnbyggerforslagStands() {
        var board = gateway.get(BOARD).body();
        assertAll(
            () -> assertTrue(card(board, collecting).contains(
                "<span class=\"ds-tag petition\" data-color=\"info\">Innbyggerforslag: 57 av 300 underskrifter</span>"),
                board),
            () -> assertTrue(card(board, treated).contains(">Innbyggerforslag behandlet</span>"), board),
            () -> assertTrue(card(board, overdue).contains(">Innbyggerforslag: kommunestyrets frist er ute</span>"), board),
            () -> assertFalse(card(board, plain).contains("petition"), board));
    }

    @Test
    void aBoardShownBeforeASignatureWasCountedShowsTheNewCountAfterIt(TestInfrastructure infrastructure) {
        String skatepark;
        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            skatepark = ideas.published("Skatepark ved Ranelva", "Med ramper.", "idrett");
            ideas.petitionCollecting(skatepark, 11, 300);
        }
        var search = BOARD + "?q=Skatepark";
        eventually(() -> assertTrue(gateway.get(search).body().contains("Innbyggerforslag: 11 av 300"), "counted"));

        try (var ideas = new IdeaStoriesOnKafka(infrastructure, "1833")) {
            ideas.petitionCollecting(skatepark, 12, 300);
        }

        eventually(() -> assertTrue(gateway.get(search).body().contains("Innbyggerforslag: 12 av 300"),
            "a signature changes no board row, but the board page kept from before shows it"));
    }

    @Test
    void aSentInnbyggerforslagPastItsSixMonthsSaysSincePubliclyAndATreatedOneShowsTheDecisionAndTheCase() {
        var late = gateway.get("/ideer/" + overdue).body();
        assertTrue(late.contains("Kommunestyret må ta stilling innen 31. januar 2026.")
            && late.contains("id=\"petition-overdue\" data-color=\"danger\">Fristen gikk ut 31. januar 2026</span>"), late);

        var done = gateway.get("/ideer/" + treated).body();
        assertAll(
            () -> assertTrue(done.contains("Behandlet av kommunestyret"), done),
            () -> assertTrue(done.contains("Kommunestyremøtet 22. oktober 2026: Kommunestyret vedtok gatelys langs"
                + " skoleveien."), done),
            () -> assertTrue(done.contains("href=\"https://innsyn.rana.kommune.no/sak/2026-0412\""), done),
            () -> assertFalse(done.contains("petition-overdue"), "a decided one is never late"));
    }

    @Test
    void aResidentOfTheMunicipalitySignsThroughTheFormAndOnlyTheirOwnSignatureIsAsked() {
        viewerState(collecting, "someone-else");
        proposals.answer("GET", "/ideas/" + collecting + "/petition", Answer.json(200, "{\"signedByYou\":false}"));
        var page = forms.get(RESIDENT, "/ideer/" + collecting).body();
        assertTrue(page.contains("id=\"petition-sign\"") && page.contains(">Skriv under på innbyggerforslaget</button>"),
            page);
        assertTrue(proposals.lastCallTo("/ideas/" + collecting + "/petition").authorization().startsWith("Bearer "));

        var servicePath = "/ideas/" + collecting + "/petition/signature";
        proposals.answer("PUT", servicePath, Answer.json(200, "{\"status\":\"collecting\",\"signatureCount\":58}"));
        var signed = forms.post(RESIDENT, "/ideer/" + collecting + "/innbyggerforslag/signatur", "give=true");
        assertEquals(303, signed.statusCode(), signed.body());
        assertEquals("/ideer/" + collecting + "?done=petition-signed#petition",
            signed.headers().firstValue("Location").orElse(null));
        assertEquals("PUT", proposals.lastCallTo(servicePath).method());

        proposals.answer("GET", "/ideas/" + collecting + "/petition", Answer.json(200, "{\"signedByYou\":true}"));
        assertTrue(forms.get(RESIDENT, "/ideer/" + collecting).body().contains(">Trekk underskriften din</button>"));
        proposals.answer("DELETE", servicePath, Answer.json(200, "{\"status\":\"collecting\",\"signatureCount\":57}"));
        forms.post(RESIDENT, "/ideer/" + collecting + "/innbyggerforslag/signatur", "give=false");
        assertEquals("DELETE", proposals.lastCallTo(servicePath).method());

        viewerState(collecting, "someone-else");
        assertFalse(forms.get(ELSEWHERE, "/ideer/" + collecting).body().contains("id=\"petition-sign\""),
            "residents of another municipality do not sign");
    }

    @Test
    void theAuthorStartsAnInnbyggerforslagAndSendsItOnlyOnceTheThresholdIsReached() {
        viewerState(plain, subjectOf(AUTHOR));
        var page = forms.get(AUTHOR, "/ideer/" + plain).body();
        assertTrue(page.contains("id=\"petition-start\""), page);
        proposals.answer("POST", "/ideas/" + plain + "/petition", Answer.json(201,
            "{\"status\":\"collecting\",\"signatureCount\":0}"));
        assertEquals(303, forms.post(AUTHOR, "/ideer/" + plain + "/innbyggerforslag", "confirm=true").statusCode());
        assertEquals("POST", proposals.lastCallTo("/ideas/" + plain + "/petition").method());

        viewerState(collecting, subjectOf(AUTHOR));
        assertFalse(forms.get(AUTHOR, "/ideer/" + collecting).body().contains("id=\"petition-send\""),
            "57 of 300 is not enough to send");
        viewerState(reached, subjectOf(AUTHOR));
        assertTrue(forms.get(AUTHOR, "/ideer/" + reached).body().contains("id=\"petition-send\""));
        proposals.answer("POST", "/ideas/" + reached + "/petition/sending", Answer.problem(409, """
            {"type":"https://samskap.no/problems/petition-refused","title":"Conflict","status":409,
             "detail":"The innbyggerforslag has 299 of the 300 signatures it needs"}"""));
        var refused = forms.post(AUTHOR, "/ideer/" + reached + "/innbyggerforslag/sending", "confirm=true");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("id=\"petition-error\">Innbyggerforslaget kan ikke endres slik nå"),
            refused.body());
        assertFalse(refused.body().contains("299 of the 300"), "the service's English stays off the page");
    }

    @Test
    void staffRecordTheCouncilsHandlingAndARefusedDateIsShownBesideItsField() {
        var sent = "/ideas/" + overdue;
        viewerState(overdue, "someone-else");
        var page = forms.get(STAFF, "/ideer/" + overdue).body();
        assertTrue(page.contains("id=\"petition-handling\"") && page.contains("id=\"petition-refusal\""), page);
        assertFalse(forms.get(RESIDENT, "/ideer/" + overdue).body().contains("id=\"petition-handling\""));

        proposals.answer("POST", sent + "/petition/handling", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Invalid request","status":400,
             "detail":"meetingDate: must be a date","errors":[{"field":"meetingDate","message":"must be a date"}]}"""));
        var refused = forms.post(STAFF, "/ideer/" + overdue + "/innbyggerforslag/behandling",
            "meetingDate=neste+tirsdag&decision=Vedtatt.&caseUrl=https%3A%2F%2Finnsyn.rana.kommune.no%2Fsak%2F1");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"petition-meeting-date-error\" role=\"alert\">Skriv datoen for møtet"),
            refused.body());
        assertTrue(refused.body().contains(">Vedtatt.</textarea>"), "the decision typed comes back");
        assertEquals("{\"meetingDate\":\"neste tirsdag\",\"decision\":\"Vedtatt.\","
            + "\"caseUrl\":\"https://innsyn.rana.kommune.no/sak/1\"}", proposals.lastCallTo(sent + "/petition/handling").body());

        proposals.answer("POST", sent + "/petition/refusal", Answer.json(200, "{\"status\":\"refused\",\"signatureCount\":310}"));
        var refusal = forms.post(STAFF, "/ideer/" + overdue + "/innbyggerforslag/avvisning", "reason=Behandlet+i+mars.");
        assertEquals(303, refusal.statusCode());
        assertEquals("{\"reason\":\"Behandlet i mars.\"}", proposals.lastCallTo(sent + "/petition/refusal").body());
    }

    private void viewerState(String idea, String authorId) {
        proposals.answer("GET", "/ideas/" + idea, Answer.json(200, """
            {"id":"%s","municipality":"1833","authorId":"%s","title":"Idé","body":"Tekst.",
             "serviceArea":"bibliotek","targetGroups":["ungdom"],"costModel":"for-alle","place":null,"status":"published",
             "supportedByYou":false,"followedByYou":false,"supportCount":0}""".formatted(idea, authorId)));
    }

    private static String card(String board, String idea) {
        var start = board.indexOf("data-idea-id=\"" + idea + "\"");
        assertTrue(start >= 0, board);
        var end = board.indexOf("</li>", start);
        return board.substring(start, end);
    }

    private static String subjectOf(Person person) {
        return person.subject();
    }
}
