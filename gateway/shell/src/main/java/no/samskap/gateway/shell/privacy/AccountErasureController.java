package no.samskap.gateway.shell.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.signin.SignInRevocation;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * "Slett kontoen min": the person confirms on a page of its own, ticking that they understand; the gateway asks
 * proposals for the erasure (which reaches every deployable as {@code person-erased}), removes the account from
 * Keycloak, refuses the browser's sign-in from then on and says it is done. A step that fails leaves the person signed
 * in to try again; asking twice is harmless.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
class AccountErasureController {

    static final String CONFIRM_PATH = "/meg/slett-konto";
    static final String DONE_PATH = "/konto-slettet";
    private static final Logger LOG = LoggerFactory.getLogger(AccountErasureController.class);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ErasureRequests erasures;
    private final IdentityAccounts accounts;
    private final SignInRevocation signIns;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;

    AccountErasureController(ErasureRequests erasures, IdentityAccounts accounts, SignInRevocation signIns,
                             AccessTokens accessTokens, CsrfTokens csrfTokens) {
        this.erasures = erasures;
        this.accounts = accounts;
        this.signIns = signIns;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Get(CONFIRM_PATH)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> confirmation(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, null);
    }

    @Post(CONFIRM_PATH)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> erase(HttpRequest<?> request, Authentication authentication,
                               @Body Map<String, String> form) {
        if (!"yes".equals(form.get("understood"))) {
            return page(request, HttpStatus.BAD_REQUEST, "privacy.erase.notUnderstood");
        }
        var subject = SignedInSubject.of(authentication);
        var requested = accessTokens.toRelay(request)
            .map(token -> erasures.requestErasure(token).onErrorResume(failure -> Mono.empty())
                .block(PATIENCE))
            .filter(answer -> answer.succeeded());
        if (requested.isEmpty()) {
            LOG.warn("The erasure of a person's account was not accepted by the service that takes it.");
            return page(request, HttpStatus.SERVICE_UNAVAILABLE, "privacy.erase.failed");
        }
        if (!accounts.remove(subject)) {
            return page(request, HttpStatus.SERVICE_UNAVAILABLE, "privacy.erase.failed");
        }
        MutableHttpResponse<String> done = HttpResponse.seeOther(URI.create(DONE_PATH));
        signIns.revoke(request, done);
        LOG.info("A person erased their account; their data is being erased in every deployable.");
        return done;
    }

    @Get(DONE_PATH)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> done(HttpRequest<?> request) {
        return HttpResponse.ok(AccountErasurePages.done(new Texts(LanguageChoice.of(request))))
            .header("Cache-Control", "no-store");
    }

    private HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String problemKey) {
        var texts = new Texts(LanguageChoice.of(request));
        var csrf = csrfTokens.tokenFor(request);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
            .body(AccountErasurePages.confirmation(texts, csrf.value(), problemKey))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }
}
