package no.samskap.gateway.shell.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Pages are UTF-8, and say so in the header too; each depends on the visitor's language (the language cookie or
 * Accept-Language) and on who is signed in (the frame's header), so caches must keep one copy per such request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class HtmlResponseFilter implements Ordered {

    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    static final String VARY = "Accept-Language, Cookie";

    @ResponseFilter
    void declareCharsetAndVary(MutableHttpResponse<?> response) {
        response.getContentType()
            .filter(type -> type.getName().equals(MediaType.TEXT_HTML))
            .ifPresent(type -> {
                response.contentType(HTML);
                response.getHeaders().add(HttpHeaders.VARY, VARY);
            });
    }

    /** Outside the filters that make pages ({@link NotFoundFilter}), so it sees their content type. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
