package no.samskap.gateway.feedback.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.netty.handler.codec.http.QueryStringDecoder;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A posted form's fields, and the answers every feedback page gives. */
public record Forms(Map<String, List<String>> fields) {

    public static Forms of(@Nullable String body) {
        return new Forms(new QueryStringDecoder(body == null ? "" : body, false).parameters());
    }

    /** The field's first value, stripped; empty text when it was not sent. */
    public String get(String name) {
        var values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    public boolean checked(String name) {
        return List.of("ja", "on", "true").contains(get(name));
    }

    public static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** What the person typed, or null for nothing but blanks, which the service reads as "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    public static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(texts(request), request.getPath());
    }

    public static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }

    public static MutableHttpResponse<String> html(int status, String page) {
        return HttpResponse.<String>status(HttpStatus.valueOf(status)).body(page)
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
