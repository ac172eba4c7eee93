package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import no.samskap.platform.ratelimits.Verdict;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** The page for a form sent over its limit: that nothing was saved, the limit, and how long to wait. */
final class TooManyChangesPage {

    private TooManyChangesPage() {
    }

    static MutableHttpResponse<String> response(Texts texts, String path, Verdict verdict, boolean byPerson) {
        var seconds = verdict.retryAfterSeconds();
        var text = texts.text(byPerson ? "tooMany.person" : "tooMany.address", seconds, verdict.limit().writes(),
            verdict.limit().window().toSeconds());
        var main = new Notice("too-many-changes", html(texts.text("tooMany.heading")), "too-many-changes-text",
            html(text), "/", html(texts.text("page.toHome")), true).render();
        var page = Page.render(texts, texts.text("tooMany.title"), main, path);
        return HttpResponse.<String>status(HttpStatus.TOO_MANY_REQUESTS).body(page)
            .contentType(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}
