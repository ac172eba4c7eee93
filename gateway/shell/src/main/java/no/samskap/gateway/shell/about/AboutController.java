package no.samskap.gateway.shell.about;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.signin.SignedOut;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Notice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * About Samskap, the accessibility statement, the privacy statement, and the page that confirms signing out, which
 * everyone may read without signing in.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class AboutController {

    @Get("/om")
    HttpResponse<String> about(HttpRequest<?> request) {
        return page(AboutSamskap.PAGE, request);
    }

    @Get("/tilgjengelighet")
    HttpResponse<String> accessibility(HttpRequest<?> request) {
        return page(AccessibilityStatement.PAGE, request);
    }

    @Get("/personvern")
    HttpResponse<String> privacy(HttpRequest<?> request) {
        return page(PrivacyStatement.PAGE, request);
    }

    /** Where signing out ends, at Keycloak's end-session redirect or at once without a valid sign-in. */
    @Get(SignedOut.PATH)
    HttpResponse<String> signedOut(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = new Notice("signed-out", html(texts.text("signedOut.heading")), null, html(texts.text("signedOut.text")),
            "/", html(texts.text("page.toHome")), true).render();
        return HttpResponse.ok(Page.render(texts, texts.text("signedOut.title"), main, SignedOut.PATH,
                PageDetails.NONE.describedAs(texts.text("signedOut.description"))))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    private static HttpResponse<String> page(AboutPage page, HttpRequest<?> request) {
        return HttpResponse.ok(page.render(new Texts(LanguageChoice.of(request)))).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
