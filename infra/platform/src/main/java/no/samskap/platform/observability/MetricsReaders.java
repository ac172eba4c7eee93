package no.samskap.platform.observability;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import no.samskap.platform.problem.Problem;
import no.samskap.platform.web.TrustedProxies;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * Who may read {@code /prometheus}: a scraper on this host (loopback) or at one of the addresses in
 * {@code samskap.observability.metrics-readers}, talking to the deployable directly. A request that came through a
 * proxy (it says whom it was forwarded for) is refused even from loopback, so a reverse proxy on the same host does
 * not open the metrics to the internet. Anyone else gets the 404 an unknown path gets (ADR 0054).
 */
@ServerFilter("/prometheus/**")
final class MetricsReaders implements Ordered {

    private final Set<InetAddress> readers;

    MetricsReaders(@Value("${samskap.observability.metrics-readers:}") List<String> readers) {
        this.readers = TrustedProxies.addresses("samskap.observability.metrics-readers", readers);
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> refuseStrangers(HttpRequest<?> request) {
        var peer = request.getRemoteAddress().getAddress();
        var forwarded = request.getHeaders().contains("Forwarded") || request.getHeaders().contains("X-Forwarded-For");
        if (!forwarded && (peer.isLoopbackAddress() || readers.contains(peer))) {
            return null;
        }
        var status = HttpStatus.NOT_FOUND;
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
            .body(new Problem(Problem.TYPE_BASE + "not-found", "Not found", status.getCode(),
                "There is nothing at " + request.getPath() + ".", request.getPath(), List.of()));
    }

    /** Before the security filters, so that no token is looked at for a stranger's scrape. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
