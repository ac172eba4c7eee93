package no.samskap.platform.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body sent with a {@code Content-Encoding} (gzip, deflate) that is not what its coding says makes the server's
 * decompressor fail while the body is read, before any filter or route sees it: the client's mistake, answered 400.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class UndecodableBodyHandler implements ExceptionHandler<DecompressionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DecompressionException exception) {
        var problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", HttpStatus.BAD_REQUEST.getCode(),
            "The body could not be decompressed as its Content-Encoding says; send it uncompressed.", request.getPath(),
            List.of());
        return HttpResponse.<Problem>badRequest().contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
