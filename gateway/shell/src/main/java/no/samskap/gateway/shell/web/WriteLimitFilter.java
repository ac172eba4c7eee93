package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import no.samskap.platform.ratelimits.RateLimitRefusal;
import no.samskap.platform.ratelimits.RateLimitRefusals;
import no.samskap.platform.ratelimits.Verdict;
import no.samskap.platform.ratelimits.WriteCounts;
import no.samskap.platform.ratelimits.WriteLimits;
import no.samskap.platform.security.WritingPerson;
import no.samskap.platform.web.TrustedProxies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Counts every write to the gateway, form or API, against the limit of the address it came from and, when someone is
 * signed in, against theirs, in the counts every gateway instance shares. A form over the limit gets a page in its
 * language; the API gets problem+json. Both say how long to wait, in words and in {@code Retry-After}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WriteLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(WriteLimitFilter.class);

    private final WriteCounts counts;
    private final WriteLimits limits;
    private final TrustedProxies proxies;
    private final RateLimitRefusals refusals;

    WriteLimitFilter(WriteCounts counts, WriteLimits limits, TrustedProxies proxies, RateLimitRefusals refusals) {
        this.counts = counts;
        this.limits = limits;
        this.proxies = proxies;
        this.refusals = refusals;
    }

    // On the request's own thread, as the platform's filters run: one upsert by primary key per count.
    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWritesOverTheLimit(HttpRequest<?> request) {
        if (!WritingPerson.isWrite(request)) {
            return null;
        }
        var person = WritingPerson.of(request);
        var address = proxies.clientOf(request);
        var byAddress = counts.countFrom(address, person.map(WritingPerson::municipality), limits);
        if (!byAddress.allowed()) {
            LOG.info("Refused {} {} from {}: {} writes from there in this window, the limit is {}.",
                request.getMethod(), request.getPath(), address.getHostAddress(), byAddress.hits(),
                byAddress.limit().described());
            return refusal(request, byAddress, false);
        }
        var byPerson = person.map(writer -> counts.countFor(writer, limits)).filter(verdict -> !verdict.allowed());
        if (byPerson.isEmpty()) {
            return null;
        }
        LOG.info("Refused {} {} by {} in municipality {}: {} writes in this window, the limit is {}.",
            request.getMethod(), request.getPath(), person.get().subject(), person.get().municipality(),
            byPerson.get().hits(), byPerson.get().limit().described());
        return refusal(request, byPerson.get(), true);
    }

    private MutableHttpResponse<?> refusal(HttpRequest<?> request, Verdict verdict, boolean byPerson) {
        refusals.countRefusal(byPerson);
        if (RefusalHandler.isApi(request.getPath()) || !acceptsHtml(request)) {
            return RateLimitRefusal.of(request, verdict, byPerson ? "you" : "your address");
        }
        return TooManyChangesPage.response(new Texts(LanguageChoice.of(request)), request.getPath(), verdict, byPerson);
    }

    private static boolean acceptsHtml(HttpRequest<?> request) {
        var type = request.getContentType().orElse(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        return !(type.matches(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    /** After the security filters, which say who is signed in; before any route reads the body. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
