package no.samskap.gateway.shell.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.shell.web.SignInAddress;

import java.net.URI;

/**
 * The gateway's own addresses for signing in and out; the OAuth routes under {@code /oauth/} stay Micronaut's. Both
 * answer browsers with a redirect, so they produce HTML as far as content negotiation is concerned.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
final class SignInController {

    private final SignInCookies cookies;
    private final KeycloakEndSession endSession;

    SignInController(SignInCookies cookies, KeycloakEndSession endSession) {
        this.cookies = cookies;
        this.endSession = endSession;
    }

    /** From a municipality's page the kommunenummer comes along, for {@link SignInPageHints}. */
    @Get("/logg-inn{?kommune}")
    HttpResponse<?> signIn(@Nullable String kommune) {
        var municipality = kommune != null && MunicipalityNumber.isValid(kommune)
            ? "?" + SignInAddress.MUNICIPALITY_PARAMETER + "=" + kommune : "";
        return HttpResponse.seeOther(URI.create(IdentityProvider.LOGIN_PATH + municipality));
    }

    /** Open to anonymous visitors too, so a browser whose tokens ran out can still clear its cookies. */
    @Post("/logg-ut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        var validIdToken = request.getAttribute(SecurityFilter.TOKEN, String.class);
        var next = validIdToken.map(hint -> endSession.signOutUrl(request, hint)).orElse(URI.create(SignedOut.PATH));
        var response = HttpResponse.seeOther(next);
        cookies.expireAll(request, response);
        return response;
    }
}
