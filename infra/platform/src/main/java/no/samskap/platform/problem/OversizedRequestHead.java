package no.samskap.platform.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

import java.util.Optional;

/**
 * Says which part of a request was too long for the server to read: the headers (431) or the request line, that is
 * the URL (414). Micronaut answers both with 413, which tells the client to shorten a body it may not even have sent.
 */
final class OversizedRequestHead {

    private OversizedRequestHead() {
    }

    static Optional<HttpStatus> statusOf(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        var cause = netty.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        return Optional.empty();
    }
}
