package no.samskap.gateway.shell.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Lets into a live stream only those its audience admits; the refusal is the one every other route gives (401 without
 * a sign-in, 403 with one). Other requests are left to the other rules.
 */
@Singleton
final class LiveStreamAccess implements SecurityRule<HttpRequest<?>> {

    private final LiveStreams streams;

    LiveStreamAccess(LiveStreams streams) {
        this.streams = streams;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        return Mono.just(streams.at(request.getPath())
            .map(stream -> stream.audience().admits(authentication) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED)
            .orElse(SecurityRuleResult.UNKNOWN));
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER;
    }
}
