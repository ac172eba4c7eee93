package no.samskap.gateway.ideas.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** What the pages' forms share: the CSRF token, JSON for the service, waiting for its answer, and the answers. */
@Singleton
final class PageForms {

    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CsrfTokens csrfTokens;
    private final JsonMapper json;

    PageForms(CsrfTokens csrfTokens, JsonMapper json) {
        this.csrfTokens = csrfTokens;
        this.json = json;
    }

    /** Renders a page holding forms, with the CSRF token the forms repeat; never cached, as it is the viewer's own. */
    MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status).body(render.apply(csrf.value()))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    byte[] json(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WriteOutcome await(reactor.core.publisher.Mono<WriteOutcome> write) {
        return write.blockOptional(PATIENCE).orElseThrow();
    }

    Refusal refusal(WriteOutcome outcome) {
        return Refusal.of(outcome, json);
    }

    static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }

    static Optional<String> claim(Authentication authentication, String name) {
        return authentication.getAttributes().get(name) instanceof String value && !value.isBlank()
            ? Optional.of(value) : Optional.empty();
    }
}
