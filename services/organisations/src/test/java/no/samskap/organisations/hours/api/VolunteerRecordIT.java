package no.samskap.organisations.hours.api;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerRecordIT {

    private static final String RANA = AssociationFixtures.MUNICIPALITY;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final String VOLUNTEER = "record-volunteer";

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private String association;
    private String organisationNumber;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start(ApplicationUnderTest organisations) throws SQLException {
        this.organisations = organisations;
        client = organisations.client();
        var help = new HelpFixtures(organisations);
        association = new AssociationFixtures(client).registeredBy("record-admin");
        organisationNumber = (String) client.toBlocking().retrieve(HttpRequest.GET("/associations/" + association),
            Map.class).get("organisationNumber");
        help.addMember(association, VOLUNTEER, "member");
        var associationOffer = help.acceptedOfferBy("record-admin", association);
        approved(logged(associationOffer, TODAY.minusDays(27), 3, "kafévakt"), tokens.resident("record-admin", RANA));
        approved(logged(associationOffer, TODAY.minusDays(1), 2.5, "kafévakt"), tokens.resident("record-admin", RANA));
        approved(logged(associationOffer, TODAY.minusDays(5), 4, "rigging"), tokens.resident("record-admin", RANA));
        logged(associationOffer, TODAY, 8, "kafévakt");
        var ownOffer = help.acceptedOfferBy(VOLUNTEER, null);
        approved(logged(ownOffer, TODAY.minusDays(3), 1.5, "lydtekniker"), tokens.staff("rana-staff", RANA));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRecordGroupsApprovedHoursPerOrganisationAndRoleAsAdmissionsOfficesAskForThem() {
        var record = mine();

        assertEquals(11.0, ((Number) record.get("totalHours")).doubleValue());
        var organisationsShown = (List<Map<String, Object>>) record.get("organisations");
        assertEquals(2, organisationsShown.size());
        var choir = organisationsShown.get(0);
        assertEquals(association, choir.get("associationId"));
        assertEquals(organisationNumber, choir.get("organisationNumber"));
        assertEquals("Rana Sangkor", choir.get("name"));
        assertEquals("association", choir.get("approvedBy"));
        var roles = (List<Map<String, Object>>) choir.get("roles");
        var cafe = roles.get(0);
        assertEquals("kafévakt", cafe.get("role"));
        assertEquals(TODAY.minusDays(27).toString(), cafe.get("startDate"));
        assertEquals(TODAY.minusDays(1).toString(), cafe.get("endDate"));
        assertEquals(5.5, ((Number) cafe.get("totalHours")).doubleValue());
        assertEquals(1.4, ((Number) cafe.get("hoursPerWeek")).doubleValue());
        assertEquals(List.of("kafe"), cafe.get("skills"));
        assertEquals("rigging", roles.get(1).get("role"));
        var municipality = organisationsShown.get(1);
        assertEquals("municipality", municipality.get("approvedBy"));
        assertEquals(RANA, municipality.get("municipality"));
        assertNull(municipality.get("organisationNumber"));
        assertEquals(List.of("lyd-lys"), ((List<Map<String, Object>>) municipality.get("roles")).get(0).get("skills"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIssuedCodeLetsAnyoneCheckTheRecordWithTheChosenNameAndNothingElsePersonal() {
        var issued = client.toBlocking().retrieve(HttpRequest.POST("/me/volunteer-record",
            Map.of("displayName", "Kari Nordmann")).bearerAuth(tokens.resident(VOLUNTEER, RANA)), Map.class);
        var code = (String) issued.get("verificationCode");

        var checked = client.toBlocking().retrieve(HttpRequest.GET("/volunteer-records/" + code), Map.class);

        assertTrue(code.length() >= 43, code);
        assertEquals("/volunteer-records/" + code, issued.get("verificationPath"));
        assertEquals("Kari Nordmann", checked.get("displayName"));
        assertEquals(mine().get("organisations"), checked.get("organisations"));
        assertFalse(checked.toString().contains(VOLUNTEER));
        assertEquals(code, mine().get("verificationCode"));
    }

    @Test
    void aNewCodeOrARevocationMakesTheOldCodeOpenNothing() {
        var first = issue();
        var second = issue();

        assertEquals(404, organisations.statusOf(HttpRequest.GET("/volunteer-records/" + first)));
        assertEquals(200, organisations.statusOf(HttpRequest.GET("/volunteer-records/" + second)));
        assertEquals(204, organisations.statusOf(HttpRequest.DELETE("/me/volunteer-record/code")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA))));
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/volunteer-records/" + second)));
        assertEquals(404, organisations.statusOf(HttpRequest.DELETE("/me/volunteer-record/code")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA))));
        assertNull(mine().get("verificationCode"));
        assertEquals(404, organisations.statusOf(HttpRequest.GET("/volunteer-records/gjettet-kode")));
    }

    @Test
    void aCodeNeedsTheNameTheVolunteerWantsShown() {
        assertEquals("displayName", firstField(organisations.refused(HttpRequest.POST("/me/volunteer-record",
            Map.of("displayName", " ")).bearerAuth(tokens.resident(VOLUNTEER, RANA)))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void someoneWithoutApprovedHoursHasAnEmptyRecord() {
        var record = client.toBlocking().retrieve(HttpRequest.GET("/me/volunteer-record")
            .bearerAuth(tokens.resident("record-newcomer", RANA)), Map.class);

        assertEquals(List.of(), record.get("organisations"));
        assertEquals(0.0, ((Number) record.get("totalHours")).doubleValue());
    }

    @Test
    void thePdfStatesOrganisationNumberRoleDatesHoursAndWhoApprovedInTheChosenLanguage() throws Exception {
        var response = client.toBlocking().exchange(HttpRequest.GET("/me/volunteer-record.pdf")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA)), byte[].class);

        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        var text = textOf(response.body());
        assertTrue(text.contains("Frivillighetsbevis"), text);
        assertTrue(text.contains("Rana Sangkor") && text.contains(organisationNumber), text);
        assertTrue(text.contains("Godkjent av foreningen") && text.contains("Godkjent av kommunen"), text);
        assertTrue(text.contains("rigging") && text.contains(TODAY.minusDays(27).toString()), text);
        assertTrue(text.contains("Timer i alt: 11"), text);
        var english = textOf(client.toBlocking().retrieve(HttpRequest.GET("/me/volunteer-record.pdf?lang=en")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA)), byte[].class));
        assertTrue(english.contains("Approved by the association"), english);
        assertEquals("lang", firstField(organisations.refused(HttpRequest.GET("/me/volunteer-record.pdf?lang=de")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA)))));
    }

    private static String textOf(byte[] pdf) throws java.io.IOException {
        var reader = new PdfReader(pdf);
        try {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (var page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mine() {
        return client.toBlocking().retrieve(HttpRequest.GET("/me/volunteer-record")
            .bearerAuth(tokens.resident(VOLUNTEER, RANA)), Map.class);
    }

    @SuppressWarnings("unchecked")
    private String issue() {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/me/volunteer-record",
            Map.of("displayName", "Kari")).bearerAuth(tokens.resident(VOLUNTEER, RANA)), Map.class)
            .get("verificationCode");
    }

    @SuppressWarnings("unchecked")
    private String logged(String offer, LocalDate date, double hours, String role) {
        return (String) client.toBlocking().retrieve(HttpRequest.POST("/hours", Map.of("offerId", offer,
            "date", date.toString(), "hours", hours, "role", role)).bearerAuth(tokens.resident(VOLUNTEER, RANA)),
            Map.class).get("id");
    }

    private void approved(String entry, String approverToken) {
        client.toBlocking().exchange(HttpRequest.POST("/hours/" + entry + "/approval", "").bearerAuth(approverToken));
    }
}
