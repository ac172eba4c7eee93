package no.samskap.platform.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/**
 * Refuses a request body sent with a {@code Content-Encoding} (gzip, deflate, br) with 415, as RFC 9110 says, before
 * anything reads it: no Samskap client compresses what it sends, and a body that is not what its coding claims
 * made the decompressor fail with a 500 while the body was read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class UncodedBodiesOnly {

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseCodedBodies(HttpRequest<?> request) {
        var coding = request.getHeaders().get(HttpHeaders.CONTENT_ENCODING);
        if (coding == null || coding.isBlank() || coding.trim().equalsIgnoreCase("identity")) {
            return null;
        }
        var problem = new Problem(Problem.TYPE_BASE + "unsupported-media-type", "Unsupported Media Type",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
            "The body is sent with Content-Encoding " + coding.trim() + "; send it uncompressed.", request.getPath(),
            List.of());
        return HttpResponse.<Problem>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(Problem.MEDIA_TYPE)
            .header(HttpHeaders.ACCEPT_ENCODING, "identity").body(problem);
    }
}
