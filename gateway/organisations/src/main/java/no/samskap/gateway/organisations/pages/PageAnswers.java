package no.samskap.gateway.organisations.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/** What the module's pages share: the CSRF token of their forms, waiting for a write, and the redirect after one. */
@Singleton
public final class PageAnswers {

    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CsrfTokens csrfTokens;

    PageAnswers(CsrfTokens csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    /** A page holding forms, given the CSRF token they repeat; never cached, as it may be the viewer's own. */
    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status).body(render.apply(csrf.value()))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    public WriteOutcome await(Mono<WriteOutcome> write) {
        return write.blockOptional(PATIENCE).orElseThrow();
    }

    public static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }
}
