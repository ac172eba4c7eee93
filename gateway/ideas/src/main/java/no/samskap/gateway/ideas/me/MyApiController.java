package no.samskap.gateway.ideas.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.api.CallsAService;
import no.samskap.gateway.shell.signin.SignedInSubject;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The signed-in person's own ideas, hidden comments, supports and follows, and their appeal. Whose they are comes from
 * the sign-in, never from the request; nothing here may be cached anywhere.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyApiController {

    private static final String NO_STORE = "no-store";

    private final MyPageRows rows;
    private final MyWrites writes;

    MyApiController(MyPageRows rows, MyWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @Get("/api/me/ideas")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<List<MyPageRows.MyIdea>> ideas(Authentication authentication) {
        return HttpResponse.ok(rows.ideasOf(SignedInSubject.of(authentication))).header("Cache-Control", NO_STORE);
    }

    @Get("/api/me/comments")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<List<MyPageRows.MyComment>> comments(Authentication authentication) {
        return HttpResponse.ok(rows.moderatedCommentsOf(SignedInSubject.of(authentication)))
            .header("Cache-Control", NO_STORE);
    }

    @Get("/api/me/supports")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<List<MyPageRows.IdeaLink>> supports(Authentication authentication) {
        return HttpResponse.ok(rows.supportsOf(SignedInSubject.of(authentication))).header("Cache-Control", NO_STORE);
    }

    @Get("/api/me/follows")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<List<MyPageRows.IdeaLink>> follows(Authentication authentication) {
        return HttpResponse.ok(rows.followsOf(SignedInSubject.of(authentication))).header("Cache-Control", NO_STORE);
    }

    /** The author's one appeal against a rejection or hiding: {@code {"text": "..."}}, passed on as it came. */
    @CallsAService
    @Post("/api/ideas/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                        @Body @Nullable byte[] body) {
        return writes.appeal(request, SignedInSubject.of(authentication), MyWrites.ideaId(id), body)
            .map(response -> response.header("Cache-Control", NO_STORE));
    }
}
