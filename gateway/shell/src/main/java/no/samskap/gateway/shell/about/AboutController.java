package no.samskap.gateway.shell.about;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;

/** The accessibility statement and the privacy statement, which everyone may read without signing in. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class AboutController {

    @Get("/tilgjengelighet")
    HttpResponse<String> accessibility(HttpRequest<?> request) {
        return page(AccessibilityStatement.PAGE, request);
    }

    @Get("/personvern")
    HttpResponse<String> privacy(HttpRequest<?> request) {
        return page(PrivacyStatement.PAGE, request);
    }

    private static HttpResponse<String> page(AboutPage page, HttpRequest<?> request) {
        return HttpResponse.ok(page.render(new Texts(LanguageChoice.of(request)))).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
