package no.samskap.gateway.shell.services;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import no.samskap.platform.idempotency.IdempotencyKey;
import no.samskap.platform.observability.RequestId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One service over HTTP. Every answer it gives, errors included, comes back as a {@link ServiceAnswer}; only a
 * service that cannot be reached or does not answer in time becomes a {@link ServiceNotAnswering}. A module creates
 * its service's client at start-up, so a malformed URL or timeout stops the gateway rather than the first write.
 */
public final class ServiceClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClient.class);

    private final String service;
    private final HttpClient http;

    public ServiceClient(BeanContext beans, String service, URI url, Duration connectTimeout, Duration readTimeout) {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(connectTimeout);
        configuration.setReadTimeout(readTimeout);
        configuration.setFollowRedirects(false);
        this.service = service;
        this.http = beans.createBean(HttpClient.class, LoadBalancer.fixed(url), configuration);
        LOG.info("Sending writes to the {} service at {}.", service, url);
    }

    public Mono<ServiceAnswer> send(ServiceCall call) {
        var request = HttpRequest.create(call.method(), call.path())
            .accept(MediaType.APPLICATION_JSON_TYPE);
        if (call.accessToken() != null) {
            request.bearerAuth(call.accessToken());
        }
        if (call.idempotencyKey() != null) {
            request.header(IdempotencyKey.HEADER, call.idempotencyKey());
        }
        RequestId.current().ifPresent(id -> request.header(RequestId.HEADER, id));
        call.jsonBody().ifPresent(body -> request.contentType(MediaType.APPLICATION_JSON_TYPE).body(body));
        return Mono.from(http.exchange(request, byte[].class))
            .map(ServiceClient::answerOf)
            // Micronaut's client raises 4xx and 5xx as exceptions (even with exceptionOnErrorStatus off); they are answers.
            .onErrorResume(HttpClientResponseException.class, refused -> Mono.just(answerOf(refused.getResponse())))
            .onErrorMap(HttpClientException.class, failure -> notAnswering(call, failure));
    }

    @Override
    public void close() {
        http.close();
    }

    private static ServiceAnswer answerOf(HttpResponse<?> response) {
        var headers = response.getHeaders();
        return new ServiceAnswer(response.code(), Optional.ofNullable(headers.get(HttpHeaders.CONTENT_TYPE)),
            Optional.ofNullable(headers.get(HttpHeaders.LOCATION)), Optional.ofNullable(headers.get(HttpHeaders.RETRY_AFTER)),
            response.getBody(byte[].class).orElse(new byte[0]));
    }

    private ServiceNotAnswering notAnswering(ServiceCall call, Throwable failure) {
        var neverConnected = causedBy(failure, ConnectException.class);
        LOG.warn("The {} service did not answer {} {} ({}); {}.", service, call.method(), call.path(), failure.getMessage(),
            neverConnected ? "nothing reached it" : "it may have carried the request out");
        return new ServiceNotAnswering("The " + service + " service did not answer " + call.method() + " " + call.path(),
            !neverConnected, failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
