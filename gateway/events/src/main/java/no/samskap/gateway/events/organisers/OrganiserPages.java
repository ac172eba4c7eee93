package no.samskap.gateway.events.organisers;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Templates;

import java.util.function.Function;

/** Answers an organiser's page: never cached, with the CSRF token its forms carry. */
@Singleton
final class OrganiserPages {

    static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events", OrganiserPages.class);

    private final CsrfTokens csrfTokens;

    OrganiserPages(CsrfTokens csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    /** The page {@code render} makes with the request's CSRF token. */
    HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status).body(render.apply(csrf.value()))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }
}
