package no.samskap.platform.ratelimits;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import no.samskap.platform.problem.Problem;

import java.util.List;

/** The 429 problem for a write over its limit: the limit in the detail, the seconds to wait in Retry-After. */
public final class RateLimitRefusal {

    public static final String SLUG = "rate-limited";

    private RateLimitRefusal() {
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, Verdict verdict, String whose) {
        var detail = "Too many changes from " + whose + ": the limit is " + verdict.limit().described()
            + ". Try again in " + verdict.retryAfterSeconds() + " seconds.";
        var status = HttpStatus.TOO_MANY_REQUESTS;
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()))
            .body(new Problem(Problem.TYPE_BASE + SLUG, status.getReason(), status.getCode(), detail, request.getPath(),
                List.of()));
    }
}
