package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import no.samskap.platform.problem.Problem;

import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The 503 for a request the gateway had no room for, in the visitor's language: problem+json for the API and for
 * anyone not asking for HTML, a page for a browser. Made without reading anything, as it is sent when the gateway is
 * already full.
 */
final class BusyAnswer {

    static final String SLUG = "busy";
    static final String RETRY_AFTER_SECONDS = "1";

    private BusyAnswer() {
    }

    static MutableHttpResponse<?> to(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var status = HttpStatus.SERVICE_UNAVAILABLE;
        if (RefusalHandler.isApi(request.getPath()) || !asksForHtml(request)) {
            var problem = new Problem(Problem.TYPE_BASE + SLUG, texts.text("busy.heading"), status.getCode(),
                texts.text("busy.text"), request.getPath(), List.of());
            return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        var again = request.getMethod() == HttpMethod.GET;
        var main = new Notice("busy", html(texts.text("busy.heading")), "busy-text", html(texts.text("busy.text")),
            again ? request.getUri().toString() : "/", html(texts.text(again ? "busy.again" : "page.toHome")), true)
            .render();
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE)
            .body(Page.render(texts, texts.text("busy.title"), main, request.getPath()))
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static boolean asksForHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
