package no.samskap.platform.ratelimits;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.samskap.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The same 429 for a write refused inside its transaction as {@link PersonWriteLimitFilter} gives before it. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class OverTheLimitHandler implements ExceptionHandler<OverTheLimit, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(OverTheLimitHandler.class);

    private final RateLimitRefusals refusals;

    OverTheLimitHandler(RateLimitRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OverTheLimit refused) {
        var verdict = refused.verdict();
        LOG.info("Refused {} {} by {} in municipality {}: {} writes accepted in this window, the limit is {}.",
            request.getMethod(), request.getPath(), refused.person().subject(), refused.person().municipality(),
            verdict.hits() - 1, verdict.limit().described());
        refusals.countRefusal(true);
        return RateLimitRefusal.of(request, verdict, "you");
    }
}
