package no.samskap.gateway.ideas.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.me.MyPageResponses;
import no.samskap.gateway.shell.signin.SignedInSubject;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The form of "Min side" that belongs to ideas: appealing a decision about an idea. It answers 303 back to the page;
 * a refused appeal shows the page again with the words the person typed.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MyPageFormsController {

    static final int APPEAL_MAX_LENGTH = 2000;

    private final MyPageResponses page;
    private final MyWrites writes;

    MyPageFormsController(MyPageResponses page, MyWrites writes) {
        this.page = page;
        this.writes = writes;
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
        var notice = MyPageNotice.refused(MyIdeasSection.appealFieldId(idea.toString()), errorKey, text);
        return Mono.<MutableHttpResponse<?>>fromCallable(() -> page.page(request, authentication, status, notice))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private static String field(Map<String, Object> form, String name) {
        var value = form.get(name);
        if (value instanceof List<?> values && values.size() == 1) {
            value = values.get(0);
        }
        return value instanceof String text ? text : "";
    }
}
