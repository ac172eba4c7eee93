package no.samskap.platform.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a JSON body that the JSON reader would take though it is not what the client meant: bytes that are not
 * UTF-8 as the standard defines it (Jackson decodes the overlong {@code C0 AF} as {@code /}), and anything after the
 * one JSON value ({@code {"title":"abc"} x}), which the reader stops short of. A body that is not JSON at all is left
 * to the reader, whose complaint {@code MalformedBody} words.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
final class WholeJsonBodies {

    private final JsonFactory json = new JsonFactory();

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseWhatTheReaderWouldMisread(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0 || !isJson(request)) {
            return null;
        }
        return notUtf8(body).or(() -> textAfterTheValue(body))
            .map(detail -> refusal(request, detail))
            .orElse(null);
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
            .map(type -> type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
            .orElse(false);
    }

    private static Optional<String> notUtf8(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.wrap(body);
        try {
            decoder.decode(bytes);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("The body is not valid UTF-8: the bytes from position %d cannot be read as text."
                .formatted(bytes.position()));
        }
    }

    private Optional<String> textAfterTheValue(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            parser.skipChildren();
            var end = parser.currentLocation();
            return anythingAfter(parser) ? Optional.of(
                "The body has more after its JSON value (line %d, column %d): send one JSON object only."
                    .formatted(end.getLineNr(), end.getColumnNr())) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static boolean anythingAfter(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException notJson) {
            return true;
        }
    }

    private static HttpResponse<Problem> refusal(HttpRequest<?> request, String detail) {
        var problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request",
            HttpStatus.BAD_REQUEST.getCode(), detail, request.getPath(), List.of());
        return HttpResponse.<Problem>badRequest().contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
