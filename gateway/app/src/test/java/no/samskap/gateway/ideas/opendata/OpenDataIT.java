package no.samskap.gateway.ideas.opendata;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.IdeaMessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIT {

    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka messages;
    private final String idea = UUID.randomUUID().toString();

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        messages = new IdeaMessagesOnKafka(infrastructure);
        messages.submittedAndPublished(idea, "5003", "=Åpen \"data\" for alle");
        messages.supportGiven(idea, "5003", 4);
        eventually(() -> assertTrue(gateway.get("/api/open-data/ideas.json?municipality=5003").body().contains("\"supportCount\":4")));
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
    }

    @Test
    void givesThePublishedIdeasAsJsonWithoutPersonalData() {
        var json = gateway.get("/api/open-data/ideas.json?municipality=5003");

        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains(idea));
        assertFalse(json.body().contains("authorId") || json.body().contains("supporter"), json.body());
    }

    @Test
    void givesTheSameIdeasAsCsvThatASpreadsheetOpensSafely() {
        var csv = gateway.get("/api/open-data/ideas.csv?municipality=5003");

        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("samskap-ideas-5003.csv"));
        var lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFF\"id\",\"municipality\",\"title\""), lines[0]);
        assertTrue(lines[1].contains("\"'=Åpen \"\"data\"\" for alle\""), lines[1]);
        assertTrue(lines[1].endsWith(",\"4\",\"0\""), lines[1]);
    }

    @Test
    void listsTheIdeasDatasetWithItsColumnsAndWhereToDownloadIt() {
        var listing = gateway.get("/api/open-data");

        assertEquals(200, listing.statusCode());
        assertTrue(listing.body().contains("{\"name\":\"ideas\",\"columns\":[\"id\",\"municipality\",\"title\""),
            listing.body());
        assertTrue(listing.body().contains("\"json\":\"/api/open-data/ideas.json\",\"csv\":\"/api/open-data/ideas.csv\""),
            listing.body());
    }

    @Test
    void answersADatasetOrFormatThatDoesNotExistWithNotFound() {
        assertAll(
            () -> assertEquals(404, gateway.get("/api/open-data/people.json?municipality=5003").statusCode()),
            () -> assertEquals(404, gateway.get("/api/open-data/ideas.xml?municipality=5003").statusCode()),
            () -> assertEquals(404, gateway.get("/api/open-data/ideas?municipality=5003").statusCode()));
    }

    @Test
    void refusesAMunicipalityThatIsNoKommunenummerNamingTheField() {
        var refusal = gateway.get("/api/open-data/ideas.csv?municipality=rana");

        assertEquals(400, refusal.statusCode());
        assertTrue(refusal.body().contains("\"field\":\"municipality\""), refusal.body());
        assertEquals(400, gateway.get("/api/open-data/ideas.json").statusCode());
    }
}
