package no.samskap.gateway.ideas.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.notifications.FeedSection;
import no.samskap.gateway.shell.signin.SignedInSubject;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in person's own page, the same facts about who they are as JSON for scripts, and the page's appeal
 * against a decision about an idea, which answers 303 back to the page. The notifications are the shell's section.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MyPageController {

    static final int APPEAL_MAX_LENGTH = 2000;

    private final CsrfTokens csrfTokens;
    private final MyPageRows rows;
    private final MyWrites writes;
    private final FeedSection feedSection;

    MyPageController(CsrfTokens csrfTokens, MyPageRows rows, MyWrites writes, FeedSection feedSection) {
        this.csrfTokens = csrfTokens;
        this.rows = rows;
        this.writes = writes;
        this.feedSection = feedSection;
    }

    @Get("/meg")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication, @QueryValue @Nullable String anket) {
        var notice = "1".equals(anket) ? MyPageNotice.confirmed("me.appeal.sent") : MyPageNotice.NONE;
        return html(request, authentication, HttpStatus.OK, notice);
    }

    @Get("/api/me")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Profile> profile(Authentication authentication) {
        return HttpResponse.ok(Profile.of(authentication)).header("Cache-Control", "no-store");
    }

    @Post("/meg/ideer/{id}/anke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                        @Body Map<String, Object> form) {
        var idea = MyWrites.ideaId(id);
        var text = field(form, "reason").strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > APPEAL_MAX_LENGTH) {
            return refusedAppeal(request, authentication, idea, "me.appeal.error.text", text, HttpStatus.BAD_REQUEST);
        }
        return writes.appeal(request, SignedInSubject.of(authentication), idea, text)
            .flatMap(answer -> answer.getStatus().getCode() < 300
                ? Mono.just(HttpResponse.seeOther(URI.create("/meg?anket=1#my-ideas")))
                : refusedAppeal(request, authentication, idea, answer.getStatus() == HttpStatus.BAD_REQUEST
                    ? "me.appeal.error.text" : "me.appeal.error.failed", text, answer.getStatus()));
    }

    /** The page again with the person's words and the error beside the field; reading it blocks, so off the event loop. */
    private Mono<MutableHttpResponse<?>> refusedAppeal(HttpRequest<?> request, Authentication authentication, UUID idea,
                                                       String errorKey, String text, HttpStatus status) {
        return Mono.<MutableHttpResponse<?>>fromCallable(() -> html(request, authentication, status,
                MyPageNotice.appealRefused(idea.toString(), errorKey, text)))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private MutableHttpResponse<String> html(HttpRequest<?> request, Authentication authentication, HttpStatus status,
                                             MyPageNotice notice) {
        var csrf = csrfTokens.tokenFor(request);
        var personId = SignedInSubject.of(authentication);
        var texts = new Texts(LanguageChoice.of(request));
        var response = HttpResponse.<String>status(status)
            .body(MyPage.render(Profile.of(authentication), MyPageContent.of(rows, personId), notice,
                feedSection.render(request, personId, csrf.value(), texts), csrf.value(), texts))
            .contentType(MediaType.TEXT_HTML_TYPE)
            .header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    private static String field(Map<String, Object> form, String name) {
        var value = form.get(name);
        if (value instanceof List<?> values && values.size() == 1) {
            value = values.get(0);
        }
        return value instanceof String text ? text : "";
    }
}
