package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every text in a request body (a title, a code, a place, a comment) is a JSON string. A number or a boolean is not
 * taken as the text it would print as: it is refused naming the field, and nothing stored changes. (A number in a
 * list of codes, {@code targetGroups: [1]}, is refused as an unknown code: Serde reads list elements without the
 * platform's string reader.)
 */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextBodyFieldsIT {

    private static final List<String> NOT_STRINGS = List.of("12345", "4.5", "true", "false");

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

    private void assertRefusedNaming(String field, String path, String body) {
        var problem = proposals.refused(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE)
            .bearerAuth(ideas.authorToken()));

        assertEquals(400, problem.get("status"), body);
        assertEquals(field, ApplicationUnderTest.firstField(problem), body);
        assertEquals(field + ": must be a string", problem.get("detail"), body);
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
