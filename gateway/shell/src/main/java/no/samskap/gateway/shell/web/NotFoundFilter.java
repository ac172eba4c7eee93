package no.samskap.gateway.shell.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import no.samskap.platform.problem.Problem;

import java.util.List;

/**
 * An address no route answers: the 404 page in the visitor's language, whoever they are (the security filters let
 * such requests through, {@code micronaut.security.reject-not-found: false}), or problem+json under {@code /api/}.
 * A filter rather than a global {@code @Error} route, which would also replace every route's own 404 and its problem.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NotFoundFilter implements Ordered {

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void answerAnUnknownAddress(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != HttpStatus.NOT_FOUND.getCode() || RouteAttributes.getRouteMatch(request).isPresent()) {
            return;
        }
        var answer = (MutableHttpResponse<Object>) response;
        if (RefusalHandler.isApi(request.getPath())) {
            answer.body(new Problem(Problem.TYPE_BASE + "not-found", "Not Found", HttpStatus.NOT_FOUND.getCode(),
                "Nothing answers at this address.", request.getPath(), List.of())).contentType(Problem.MEDIA_TYPE);
            return;
        }
        var texts = new Texts(LanguageChoice.of(request));
        answer.body(NotFoundPage.page(texts, request.getPath())).contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** Inside the filters that add headers to every page, so that the page it makes gets them too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.order();
    }
}
