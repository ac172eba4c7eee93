package no.samskap.gateway.events.venues;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;
import no.samskap.gateway.shell.web.Texts;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** What the venue pages share: their templates, the CSRF token of their forms, and their answers. */
@Singleton
final class VenueWeb {

    static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events", VenueWeb.class);

    private final CsrfTokens csrfTokens;

    VenueWeb(CsrfTokens csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    /** A page with forms: {@code render} gets the CSRF token they must post. */
    HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status).body(render.apply(csrf.value()))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** For someone signed in without the staff or admin role of a municipality. */
    static HttpResponse<String> staffOnly(HttpRequest<?> request) {
        var texts = texts(request);
        var main = TEMPLATES.render("venues/staffOnly.jte", new TemplateTexts(texts));
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body(Page.render(texts,
            texts.text("ven.staffOnly.heading"), main, request.getPath())).contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
    }

    static HttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }

    static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
