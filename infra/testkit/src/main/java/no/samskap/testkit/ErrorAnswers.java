package no.samskap.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every kind of error a client can provoke on a deployable, sent over plain HTTP/1.1 so that nothing in between
 * rewrites the answer, and the check that no answer shows a stack trace, SQL or an internal class name.
 *
 * @param base         where the deployable answers
 * @param writePath    a route that takes a JSON POST from the caller {@code headers} sign in
 * @param readOnlyPath a route that answers GET but not PATCH
 * @param failingPath  a GET route whose handler throws
 * @param headers      sent with every request, such as the caller's sign-in
 */
public record ErrorAnswers(URI base, String writePath, String readOnlyPath, String failingPath,
                           Map<String, String> headers) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<Pattern> INTERNALS = List.of(
        Pattern.compile("\\bat (java|jdk|io\\.micronaut|io\\.netty|no\\.samskap|org\\.)[\\w.$]+\\("),
        Pattern.compile("(java|javax|jakarta|io\\.micronaut|io\\.netty|org\\.postgresql|org\\.jooq|com\\.fasterxml|"
            + "no\\.samskap)\\.[a-z]+\\.[\\w.$]*[A-Z]\\w*"),
        Pattern.compile("\\b\\w+(Exception|Error)\\b"),
        Pattern.compile("(?i)\\bselect\\b[^<>]{0,200}\\bfrom\\s+\\w+|\\binsert into\\s+\\w+|\\bdelete from\\s+\\w+"
            + "|\\bupdate\\s+\\w+\\s+set\\b"),
        Pattern.compile("(?i)\\bSQL ?State\\b|\\bpsql\\b|PSQLException|\\bsecret internals\\b"));

    /** The expected status of each error kind, with the answer each got. */
    public Map<String, Answer> provokeEach() throws IOException, InterruptedException {
        var answers = new LinkedHashMap<String, Answer>();
        answers.put("unknown address", send(404, "/no-such-address-" + UUID.randomUUID(), "GET", null, null));
        answers.put("method not allowed", send(405, readOnlyPath, "PATCH", "application/json", "{}"));
        answers.put("unsupported content type", send(415, writePath, "POST", "text/plain", "a plain text"));
        answers.put("broken JSON", send(400, writePath, "POST", "application/json", "{\"title\": \"unfinished"));
        answers.put("body too large", send(413, writePath, "POST", "application/json",
            "{\"title\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}"));
        answers.put("headers too large", send(431, readOnlyPath, "GET", null, null, "x".repeat(20_000)));
        answers.put("address too long", send(414, readOnlyPath + "?x=" + "y".repeat(20_000), "GET", null, null));
        answers.put("handler throwing", send(500, failingPath, "GET", null, null));
        return answers;
    }

    /** Asserts each kind was answered with its status and nothing internal in body or headers. */
    public void assertEachAnsweredWithoutInternals() throws IOException, InterruptedException {
        var answers = provokeEach();
        assertAll(answers.entrySet().stream().map(entry -> () -> {
            var answer = entry.getValue();
            assertEquals(answer.expected(), answer.response().statusCode(), entry.getKey() + ": " + answer.response().body());
            for (var internal : INTERNALS) {
                var text = answer.response().body() + answer.response().headers().map();
                assertFalse(internal.matcher(text).find(), entry.getKey() + " showed " + internal + ": " + text);
            }
        }));
    }

    public record Answer(int expected, HttpResponse<String> response) {
    }

    private Answer send(int expected, String path, String method, String contentType, String body)
        throws IOException, InterruptedException {
        return send(expected, path, method, contentType, body, null);
    }

    private Answer send(int expected, String path, String method, String contentType, String body, String filler)
        throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path)).method(method, body == null
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (filler != null) {
            request.header("X-Filler", filler);
        }
        return new Answer(expected, CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }
}
