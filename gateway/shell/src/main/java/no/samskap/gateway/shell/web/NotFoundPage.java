package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** The page for an address that shows nothing: an unknown or hidden item, a municipality that is not one. */
public final class NotFoundPage {

    private static final String MAIN = """
        <h1>%s</h1>
        <p>%s</p>
        <p><a href="/">%s</a></p>""";

    private NotFoundPage() {
    }

    public static HttpResponse<String> response(Texts texts, String path) {
        var main = MAIN.formatted(texts.text("notFound.heading"), texts.text("notFound.text"), texts.text("page.toHome"));
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND)
            .body(Page.render(texts, texts.text("notFound.title"), main, path))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
