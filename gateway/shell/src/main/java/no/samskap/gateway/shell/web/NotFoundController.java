package no.samskap.gateway.shell.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.platform.problem.Problem;

import java.util.List;

/**
 * An address no route answers: the 404 page in the visitor's language, whoever they are (the security filters let
 * such requests through, {@code micronaut.security.reject-not-found: false}), or problem+json under {@code /api/}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class NotFoundController {

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (RefusalHandler.isApi(request.getPath())) {
            var problem = new Problem(Problem.TYPE_BASE + "not-found", "Not Found", HttpStatus.NOT_FOUND.getCode(),
                "Nothing answers at this address.", request.getPath(), List.of());
            return HttpResponse.<Problem>status(HttpStatus.NOT_FOUND).contentType(Problem.MEDIA_TYPE).body(problem);
        }
        return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
    }
}
