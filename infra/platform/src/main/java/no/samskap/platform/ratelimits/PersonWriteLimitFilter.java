package no.samskap.platform.ratelimits;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.security.WritingPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every write (POST, PUT, PATCH, DELETE) of a signed-in person against their municipality's per-person limit,
 * whatever the route, so a service gets the limit without a line of its own and a route added later cannot miss it.
 * A route marked {@link CountsWritesItself} counts in the transaction that writes instead (ADR 0066).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = WriteCounts.class)
@Requires(property = RateLimitSettings.PREFIX + ".person-filter", notEquals = "false")
final class PersonWriteLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PersonWriteLimitFilter.class);

    private final WriteCounts counts;
    private final WriteLimits limits;
    private final RateLimitRefusals refusals;

    PersonWriteLimitFilter(WriteCounts counts, WriteLimits limits, RateLimitRefusals refusals) {
        this.counts = counts;
        this.limits = limits;
        this.refusals = refusals;
    }

    // On the request's own thread, as BlockedPersonWrites and the controllers run: one upsert by primary key.
    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseWritesOverTheLimit(HttpRequest<?> request) {
        var person = WritingPerson.of(request).orElse(null);
        if (person == null || countsItself(request)) {
            return null;
        }
        var verdict = counts.countFor(person, limits);
        if (verdict.allowed()) {
            return null;
        }
        LOG.info("Refused {} {} by {} in municipality {}: {} writes in this window, the limit is {}.",
            request.getMethod(), request.getPath(), person.subject(), person.municipality(), verdict.hits(),
            verdict.limit().described());
        refusals.countRefusal(true);
        return RateLimitRefusal.of(request, verdict, "you");
    }

    private static boolean countsItself(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
            .map(route -> route.getAnnotationMetadata().hasAnnotation(CountsWritesItself.class)).orElse(false);
    }

    /** After the security filters, which say who the person is. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
