package no.samskap.gateway.shell.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import no.samskap.platform.problem.Problem;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a state-changing request with 403 unless it repeats the browser's CSRF token, in the form field
 * {@value CsrfTokens#FIELD} or the header {@value CsrfTokens#HEADER}. JSON bodies are let through: a browser
 * sends them to another origin only after a CORS preflight, which the gateway never grants. Requests the browser
 * marks as coming from another site are refused outright. An API client's bearer token is no ambient credential, so
 * a request carrying one needs no CSRF token ({@link ApiBearer}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
        HttpMethod.DELETE);
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    private final CsrfTokens tokens;
    private final FilterBodyParser bodies;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodies) {
        this.tokens = tokens;
        this.bodies = bodies;
    }

    // A continuation, because Micronaut 4.10 loses the request when a filter's future completes later with null.
    @RequestFilter
    Publisher<MutableHttpResponse<?>> refuseForgedRequests(HttpRequest<?> request,
                                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        if (!STATE_CHANGING.contains(request.getMethod()) || isJson(request) || ApiBearer.of(request).isPresent()) {
            return next.proceed();
        }
        var site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && FOREIGN_SITES.contains(site)) {
            return Mono.just(refusal(request, "it came from another site"));
        }
        var header = request.getHeaders().get(CsrfTokens.HEADER);
        var submitted = header != null
            ? Mono.just(header)
            : Mono.fromFuture(bodies.parseBody(request)).map(form -> fieldOf(form).orElse(""));
        return submitted
            .onErrorReturn("")
            .flatMap(token -> tokens.matches(request, token)
                ? Mono.from(next.proceed())
                : Mono.just(refusal(request, "its CSRF token was missing or wrong")));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private static Optional<String> fieldOf(Map<String, Object> form) {
        var value = form.get(CsrfTokens.FIELD);
        if (value instanceof List<?> values && values.size() == 1) {
            value = values.get(0);
        }
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
            .map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))
            .orElse(false);
    }

    private static MutableHttpResponse<?> refusal(HttpRequest<?> request, String reason) {
        LOG.info("Refused {} {} because {}.", request.getMethod(), request.getPath(), reason);
        var problem = new Problem(Problem.TYPE_BASE + "csrf", "Forbidden", HttpStatus.FORBIDDEN.getCode(),
            "The form was not sent from this site's own page. Reload the page and try again.", request.getPath(),
            List.of());
        return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
