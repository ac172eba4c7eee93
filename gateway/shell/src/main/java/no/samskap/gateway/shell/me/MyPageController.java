package no.samskap.gateway.shell.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** The signed-in person's own page, and the same facts about who they are as JSON for scripts. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MyPageController {

    private final MyPageResponses responses;

    MyPageController(MyPageResponses responses) {
        this.responses = responses;
    }

    @Get("/meg")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication) {
        return responses.page(request, authentication, HttpStatus.OK, responses.noticeFor(request));
    }

    @Get("/api/me")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Profile> profile(Authentication authentication) {
        return HttpResponse.ok(Profile.of(authentication)).header("Cache-Control", "no-store");
    }
}
