package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** The page for an address that shows nothing: an unknown or hidden item, a municipality that is not one. */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static HttpResponse<String> response(Texts texts, String path) {
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(page(texts, path))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }

    static String page(Texts texts, String path) {
        var main = new Notice(null, html(texts.text("notFound.heading")), null, html(texts.text("notFound.text")), "/",
            html(texts.text("page.toHome")), false).render();
        return Page.render(texts, texts.text("notFound.title"), main, path,
            PageDetails.NONE.describedAs(texts.text("notFound.description")));
    }
}
