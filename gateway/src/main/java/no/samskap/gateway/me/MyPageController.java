package no.samskap.gateway.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.web.CsrfTokens;
import no.samskap.gateway.web.LanguageChoice;
import no.samskap.gateway.web.Texts;

/** The signed-in person's own page, and the same facts as JSON for scripts. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MyPageController {

    private final CsrfTokens csrfTokens;

    MyPageController(CsrfTokens csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    @Get("/meg")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.ok(MyPage.render(Profile.of(authentication), csrf.value(),
            new Texts(LanguageChoice.of(request))))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    @Get("/api/me")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Profile> profile(Authentication authentication) {
        return HttpResponse.ok(Profile.of(authentication)).header("Cache-Control", "no-store");
    }
}
