package no.samskap.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemJsonTest {

    private static EmbeddedServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("platform-check.probe", "on",
            "micronaut.server.port", -1, "micronaut.security.reject-not-found", false));
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void namesEachBodyFieldAtFault() {
        var problem = refused(HttpRequest.POST("/probe", Map.of("title", "", "tag", "too long")));

        assertEquals(400, problem.get("status"));
        assertEquals(List.of("tag", "title"), fields(problem));
        assertEquals("/probe", problem.get("instance"));
    }

    @Test
    void namesAQueryValueAtFault() {
        var problem = refused(HttpRequest.GET("/probe?limit=500"));

        assertEquals(List.of("limit"), fields(problem));
    }

    @Test
    void saysWhereABodyThatIsNotJsonGoesWrongInTheClientsTerms() {
        var problem = refused(json("{not json"));

        assertEquals(400, problem.get("status"));
        assertEquals("The body is not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote"
            + " to start field name (line 1, column 2).", problem.get("detail"));
        assertEquals(List.of(), fields(problem));
        assertTrue(String.valueOf(refused(json("{\"title\":\"abc\"")).get("detail"))
            .startsWith("The body is not valid JSON: Unexpected end-of-input"));
    }

    @Test
    void saysABodyThatIsNotAnObjectMustBeOneAndNamesNoJavaParameter() {
        for (var body : List.of("[]", "\"abc\"", "42", "true")) {
            var problem = refused(json(body));

            assertEquals("The body must be a JSON object.", problem.get("detail"), body);
            assertEquals(List.of(), fields(problem), body);
        }
        for (var body : List.of("", "null")) {
            assertEquals("The body is missing: it must be a JSON object.", refused(json(body)).get("detail"), body);
        }
    }

    @Test
    void refusesEveryBooleanThatIsNotTrueOrFalseNamingItsField() {
        for (var urgent : List.of("\"yes\"", "\"true\"", "\"false\"", "1", "0", "{}", "[true]")) {
            assertRefusedNaming("urgent", "must be true or false", "{\"title\":\"abc\",\"urgent\":" + urgent + "}");
        }
    }

    @Test
    void namesABooleanInsideAListByItsPlaceInTheBody() {
        var problem = refused(json("{\"title\":\"abc\",\"items\":[{\"done\":true},{\"done\":\"no\"}]}"));

        assertEquals(List.of("items[1].done"), fields(problem));
    }

    @Test
    void namesANumberFieldThatWasSentText() {
        var problem = refused(json("{\"title\":\"abc\",\"count\":\"many\"}"));

        assertEquals(List.of("count"), fields(problem));
        assertEquals("count: must be a number", problem.get("detail"));
    }

    @Test
    void refusesEveryTextFieldThatWasNotSentAStringNamingItsField() {
        for (var title : List.of("12345", "1.5", "true", "{}", "[\"abc\"]")) {
            assertRefusedNaming("title", "must be a string", "{\"title\":" + title + "}");
        }
    }

    @Test
    void refusesATextHoldingANulCharacterNamingItsField() {
        assertRefusedNaming("title", "must not contain a NUL character (\\u0000)", "{\"title\":\"ab\\u0000c\"}");
        assertRefusedNaming("tag", "must not contain a NUL character (\\u0000)",
            "{\"title\":\"abc\",\"tag\":\"\\u0000\"}");
    }

    @Test
    void refusesATextHoldingHalfASurrogatePairNamingItsField() {
        var mustNot = "must not contain half of a surrogate pair: it is not valid Unicode";
        for (var half : List.of("\\ud800", "a\\udfad", "\\ud83cb", "x\\udfad\\ud83c")) {
            assertRefusedNaming("title", mustNot, "{\"title\":\"" + half + "\"}");
        }
        var whole = client.toBlocking().retrieve(json("{\"title\":\"\\ud83c\\udfad\"}"), Map.class);
        assertEquals(Map.of("title", "🎭"), whole);
    }

    @Test
    void refusesABodyThatIsNotUtf8SayingSoAndNamingNoField() {
        var overlongSlash = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', 'a', (byte) 0xc0, (byte) 0xaf,
            'b', '"', '}'};
        var loneByte = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, '"', '}'};
        var longerOverlongSlash = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xe0, (byte) 0x80,
            (byte) 0xaf, '"', '}'};
        var encodedSurrogate = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xed, (byte) 0xa0,
            (byte) 0x80, '"', '}'};
        for (var body : List.of(overlongSlash, loneByte, longerOverlongSlash, encodedSurrogate)) {
            var problem = refused(HttpRequest.POST("/probe", body).contentType(MediaType.APPLICATION_JSON_TYPE));

            assertTrue(String.valueOf(problem.get("detail")).startsWith("The body is not valid UTF-8"),
                String.valueOf(problem.get("detail")));
            assertEquals(List.of(), fields(problem));
        }
    }

    @Test
    void refusesAnythingAfterTheJsonObject() {
        for (var body : List.of("{\"title\":\"abc\"} x", "{\"title\":\"abc\"}{}", "{\"title\":\"abc\"} null")) {
            var problem = refused(json(body));

            assertTrue(String.valueOf(problem.get("detail")).startsWith("The body has more after its JSON value"), body);
            assertEquals(List.of(), fields(problem), body);
        }
        assertEquals(Map.of("title", "abc"), client.toBlocking().retrieve(json(" {\"title\":\"abc\"} \n"), Map.class));
    }

    @Test
    void readsABodyThatArrivesInManyPiecesWholeBeforeJudgingIt() {
        var problem = refused(json("{\"title\":\"" + "x".repeat(300_000) + "\"}"));

        assertEquals(List.of("title"), fields(problem));
    }

    @Test
    void saysABodyCutOffInsideAValueIsNotJsonRatherThanBlamingTheField() {
        for (var body : List.of("{\"title\":\"ab", "{\"title\":", "{\"title\":\"abc\",\"urgent\":tr")) {
            var problem = refused(json(body));

            assertTrue(String.valueOf(problem.get("detail")).startsWith("The body is not valid JSON"),
                body + " gave " + problem.get("detail"));
            assertEquals(List.of(), fields(problem), body);
        }
    }

    @Test
    void answersHeadersTooLargeWith431AndAnOverlongUrlWith414() throws Exception {
        var plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var base = server.getURI();
        var bigHeader = java.net.http.HttpRequest.newBuilder(base.resolve("/probe"))
            .header("X-Filler", "x".repeat(20_000)).GET().build();
        var longUrl = java.net.http.HttpRequest.newBuilder(base.resolve("/probe?limit=1&x=" + "y".repeat(20_000)))
            .GET().build();

        assertEquals(431, plain.send(bigHeader, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(414, plain.send(longUrl, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void refusesABodyThatIsNotWhatItsContentEncodingSaysWith400() {
        for (var coding : List.of("gzip", "deflate")) {
            var problem = refused(json("{\"title\":\"abc\"}").header("Content-Encoding", coding));

            assertEquals(400, problem.get("status"), coding);
            assertTrue(String.valueOf(problem.get("detail")).startsWith("The body could not be decompressed"), coding);
        }
        assertEquals(Map.of("title", "abc"), client.toBlocking().retrieve(json("{\"title\":\"abc\"}")
            .header("Content-Encoding", "identity"), Map.class));
    }

    @Test
    void refusesADateWhoseYearIsNotFourDigitsOrThatIsNoDayNamingItsField() {
        for (var day : List.of("\"+10000-01-01\"", "\"+999999999-12-31\"", "\"+5874898-01-01\"", "\"-0001-01-01\"",
            "\"0999-12-31\"", "\"2027-02-30\"", "\"2027-1-5\"", "20270105", "true")) {
            assertRefusedNaming("day", "must be a date written as YYYY-MM-DD, with a year from 1000 to 9999",
                "{\"title\":\"abc\",\"day\":" + day + "}");
        }
    }

    @Test
    void takesAFourDigitYearDateOrNullAsBefore() {
        assertEquals(Map.of("title", "abc", "day", "9999-12-31"),
            client.toBlocking().retrieve(json("{\"title\":\"abc\",\"day\":\"9999-12-31\"}"), Map.class));
        assertEquals(Map.of("title", "abc"),
            client.toBlocking().retrieve(json("{\"title\":\"abc\",\"day\":null}"), Map.class));
    }

    @Test
    void takesAStringNullOrAbsentTextAsBefore() {
        var echoed = client.toBlocking().retrieve(json("{\"title\":\"12 æø🎭\",\"tag\":null}"), Map.class);

        assertEquals(Map.of("title", "12 æø🎭"), echoed);
    }

    @Test
    void takesTrueFalseNullAndAbsentBooleansAsBefore() {
        var body = "{\"title\":\"abc\",\"urgent\":null,\"items\":[{\"done\":true},{\"done\":false},{}]}";
        var echoed = client.toBlocking().retrieve(json(body));

        assertEquals("{\"title\":\"abc\",\"items\":[{\"done\":true},{\"done\":false},{\"done\":false}]}", echoed);
        var urgent = client.toBlocking().retrieve(json("{\"title\":\"abc\",\"urgent\":true}"));
        assertTrue(urgent.contains("\"urgent\":true"), urgent);
    }

    @Test
    void answersAnUnknownRouteWithAProblem() {
        var problem = refused(HttpRequest.GET("/nothing-here"));

        assertEquals(404, problem.get("status"));
    }

    @Test
    void answersAnApplicationRefusalWithItsOwnTypeAndDetail() {
        var problem = refused(HttpRequest.GET("/probe/abc"));

        assertEquals("https://samskap.no/problems/not-found", problem.get("type"));
        assertEquals("No probe with id abc.", problem.get("detail"));
    }

    @Test
    void hidesTheCauseOfAServerFailure() {
        var problem = refused(HttpRequest.GET("/probe/broken/x"));
        assertEquals(404, problem.get("status"));

        var failure = refused(HttpRequest.GET("/probe/broken"));
        assertEquals(500, failure.get("status"));
        assertFalse(String.valueOf(failure.get("detail")).contains("secret"));
    }

    private static void assertRefusedNaming(String field, String mustBe, String body) {
        var problem = refused(json(body));

        assertEquals(400, problem.get("status"), body);
        assertEquals(List.of(field), fields(problem), body);
        assertEquals(field + ": " + mustBe, problem.get("detail"), body);
    }

    private static MutableHttpRequest<String> json(String body) {
        return HttpRequest.POST("/probe", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refused(HttpRequest<?> request) {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(request, String.class));
        assertTrue(failure.getResponse().getContentType().map(type -> type.toString().startsWith("application/problem+json"))
            .orElse(false), "content type was " + failure.getResponse().getContentType());
        return failure.getResponse().getBody(Map.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of())).stream().map(error -> (String) error.get("field")).toList();
    }
}
