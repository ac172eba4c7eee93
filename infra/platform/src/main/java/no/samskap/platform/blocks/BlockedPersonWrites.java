package no.samskap.platform.blocks;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Refuses every write (POST, PUT, PATCH, DELETE) by a person blocked in the municipality of their token, whatever the
 * route, so a service gets the rule without writing it and a route added later cannot forget it. The answer says only
 * that they cannot write here: the reason and who blocked them stay with the municipality. A route marked
 * {@link RefusesBlockedWritersItself} asks in its own transaction instead, with the same answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = PersonBlocks.class)
@Requires(property = PersonBlockSettings.ENABLED, notEquals = "false")
final class BlockedPersonWrites implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(BlockedPersonWrites.class);
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
        HttpMethod.DELETE);

    private final PersonBlocks blocks;

    BlockedPersonWrites(PersonBlocks blocks) {
        this.blocks = blocks;
    }

    // On the request's own thread, as the services' controllers run: one primary-key lookup. Handing the filter to
    // another thread (@ExecuteOn, or a continuation resumed elsewhere) made Micronaut 4.10 release some requests'
    // bodies twice further on ("Failed to build error response", an AssertionError in tests).
    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseBlockedWriters(HttpRequest<?> request) {
        var person = WRITES.contains(request.getMethod()) && !refusesItself(request)
            ? request.getUserPrincipal(Authentication.class).orElse(null) : null;
        var municipality = person == null ? null
            : MunicipalityNumber.parse(String.valueOf(person.getAttributes().get("municipality"))).orElse(null);
        if (municipality == null || !blocks.isBlocked(municipality, person.getName())) {
            return null;
        }
        return refusal(request, person.getName(), municipality);
    }

    private static boolean refusesItself(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
            .map(route -> route.getAnnotationMetadata().hasAnnotation(RefusesBlockedWritersItself.class)).orElse(false);
    }

    private static HttpResponse<Problem> refusal(HttpRequest<?> request, String person, MunicipalityNumber municipality) {
        LOG.info("Refused {} {} by {}, who is blocked in municipality {}.", request.getMethod(), request.getPath(),
            person, municipality);
        return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE)
            .body(BlockedWriterRefusal.problem().toProblem(request.getPath()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
