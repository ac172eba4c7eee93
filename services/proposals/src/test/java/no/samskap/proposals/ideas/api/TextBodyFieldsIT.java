package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import no.samskap.platform.json.StrictStrings;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text in a request body (a title, a code, a place, a comment) is a JSON string, and one PostgreSQL can keep:
 * no NUL character, no half of a surrogate pair. A number or a boolean is not
 * taken as the text it would print as: it is refused naming the field, and nothing stored changes. (A number in a
 * list of codes, {@code targetGroups: [1]}, is refused as an unknown code: Serde reads list elements without the
 * platform's string reader.)
 */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextBodyFieldsIT {

    private static final List<String> NOT_STRINGS = List.of("12345", "4.5", "true", "false");
    /** Texts as a client writes them in JSON, with what the refusal says about them. */
    private static final Map<String, String> UNKEEPABLE = Map.of(
        "\\u0000", StrictStrings.NUL,
        "\\ud800", StrictStrings.LONE_SURROGATE,
        "\\udfad\\ud83c", StrictStrings.LONE_SURROGATE);

    private ApplicationUnderTest proposals;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        ideas = new IdeaFixtures(proposals.client());
        ideas.useModeration("post");
    }

    @Test
    void anIdeaWhoseTitleServiceAreaOrPlaceIsNotAStringIsRefusedNamingItAndNothingIsStored() throws Exception {
        var before = stored();

        for (var value : NOT_STRINGS) {
            assertRefusedNaming("title", "/ideas", "{\"title\":" + value
                + ",\"body\":\"Ein scene for unge band.\",\"serviceArea\":\"kulturhus\"}");
            assertRefusedNaming("serviceArea", "/ideas", "{\"title\":\"Ungdomsscene i kulturhuset\","
                + "\"body\":\"Ein scene for unge band.\",\"serviceArea\":" + value + "}");
            assertRefusedNaming("place", "/ideas", "{\"title\":\"Ungdomsscene i kulturhuset\","
                + "\"body\":\"Ein scene for unge band.\",\"serviceArea\":\"kulturhus\",\"place\":" + value + "}");
        }

        assertEquals(before, stored());
    }

    @Test
    void aCommentWhoseBodyIsNotAStringIsRefusedNamingItAndNothingIsStored() throws Exception {
        var id = ideas.publishedIdea();
        var before = stored();

        for (var value : NOT_STRINGS) {
            assertRefusedNaming("body", "/ideas/" + id + "/comments", "{\"body\":" + value + "}");
        }

        assertEquals(before, stored());
    }

    @Test
    void anIdeaWithANulOrHalfASurrogateInItsTitleBodyOrPlaceIsRefusedNamingItAndNothingIsStored() throws Exception {
        var before = stored();

        for (var bad : UNKEEPABLE.entrySet()) {
            var text = "Ungdomsscene " + bad.getKey() + " i kulturhuset";
            assertRefusedNaming("title", "/ideas", ideaWith(text, "Ein scene for unge band.", "Kulturhuset"),
                bad.getValue(), ideas.authorToken());
            assertRefusedNaming("body", "/ideas", ideaWith("Ungdomsscene i kulturhuset", text, "Kulturhuset"),
                bad.getValue(), ideas.authorToken());
            assertRefusedNaming("place", "/ideas", ideaWith("Ungdomsscene i kulturhuset", "Ein scene for unge band.",
                text), bad.getValue(), ideas.authorToken());
        }

        assertEquals(before, stored());
    }

    @Test
    void aCommentReportReasonOrStaffTextWithANulOrHalfASurrogateIsRefusedNamingItAndNothingIsStored()
        throws Exception {
        var id = ideas.publishedIdea();
        var assessed = ideas.publishedIdea();
        ideas.startAssessment(assessed, LocalDate.now().plusDays(30));
        var comment = ideas.commentOn(id, ideas.authorToken(), "Ein god tanke.");
        var before = stored();

        for (var bad : UNKEEPABLE.entrySet()) {
            var text = "\"Grunn " + bad.getKey() + "\"";
            var reason = "{\"reason\":" + text + "}";
            var author = ideas.authorToken();
            var staff = ideas.staffToken();
            assertRefusedNaming("body", "/ideas/" + id + "/comments", "{\"body\":" + text + "}", bad.getValue(), author);
            assertRefusedNaming("reason", "/ideas/" + id + "/reports", reason, bad.getValue(), author);
            assertRefusedNaming("reason", "/ideas/" + id + "/comments/" + comment + "/reports", reason, bad.getValue(),
                author);
            assertRefusedNaming("reason", "/ideas/" + id + "/hiding", reason, bad.getValue(), staff);
            assertRefusedNaming("reason", "/ideas/" + id + "/comments/" + comment + "/hiding", reason, bad.getValue(),
                staff);
            assertRefusedNaming("reason", "/ideas/" + assessed + "/response-date", "{\"respondBy\":\""
                + LocalDate.now().plusDays(60) + "\",\"reason\":" + text + "}", bad.getValue(), staff);
            assertRefusedNaming("answer", "/ideas/" + id + "/answer", "{\"outcome\":\"accepted\",\"answer\":" + text
                + "}", bad.getValue(), staff);
        }

        assertEquals(before, stored());
    }

    @Test
    void aTitleAndABodyOfTheWrongLengthAreNamedTogetherAndNothingIsStored() throws Exception {
        var before = stored();

        var problem = proposals.refused(HttpRequest.POST("/ideas", ideaWith("Kino", "x".repeat(5001), "Kulturhuset"))
            .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ideas.authorToken()));

        assertEquals(400, problem.get("status"));
        assertEquals(List.of("title", "body"), fields(problem));
        assertEquals(before, stored());
    }

    @Test
    void aBodyWithTextAfterItsObjectOrBytesThatAreNotUtf8IsRefusedAndNothingIsStored() throws Exception {
        var before = stored();
        var idea = ideaWith("Ungdomsscene i kulturhuset", "Ein scene for unge band.", "Kulturhuset");
        var overlong = idea.replace("unge", "unge\u00c0\u00af").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var trailing = proposals.refused(HttpRequest.POST("/ideas", idea + " x")
            .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ideas.authorToken()));
        var notUtf8 = proposals.refused(HttpRequest.POST("/ideas", overlong)
            .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ideas.authorToken()));

        assertTrue(String.valueOf(trailing.get("detail")).startsWith("The body has more after its JSON value"));
        assertTrue(String.valueOf(notUtf8.get("detail")).startsWith("The body is not valid UTF-8"));
        assertEquals(before, stored());
    }

    private static String ideaWith(String title, String body, String place) {
        return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"serviceArea\":\"kulturhus\",\"place\":\""
            + place + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(error -> (String) error.get("field"))
            .toList();
    }

    private void assertRefusedNaming(String field, String path, String body) {
        assertRefusedNaming(field, path, body, "must be a string", ideas.authorToken());
    }

    private void assertRefusedNaming(String field, String path, String body, String message, String token) {
        var problem = proposals.refused(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE)
            .bearerAuth(token));

        assertEquals(400, problem.get("status"), body);
        assertEquals(field, ApplicationUnderTest.firstField(problem), body);
        assertEquals(field + ": " + message, problem.get("detail"), body);
    }

    /** Ideas, comments and outbox messages, all in one figure: none may be added by a refused request. */
    private List<Long> stored() throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery("select (select count(*) from idea),"
                 + " (select count(*) from idea_comment), (select count(*) from outbox_message)")) {
            rows.next();
            return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
    }
}
