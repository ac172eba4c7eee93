package no.samskap.gateway.shell.signin;

import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadataFetcher;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Fetches the identity provider's discovery document while the gateway starts, asking again for up to
 * {@code samskap.sign-in.discovery-timeout} while it does not answer, and stops the start if it never does.
 * Micronaut's own fetcher asks once; after a failure the gateway runs on with sign-in broken for good, because every
 * later attempt happens on a request thread where Micronaut refuses to block, and stalls that request first.
 * <p>
 * The userinfo endpoint is left out of the result on purpose: Micronaut would otherwise call it on every request to
 * try the sign-in cookie as an access token, accepting tokens the realm issued to any client.
 */
final class PatientDiscovery implements OpenIdProviderMetadataFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(PatientDiscovery.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final OpenIdClientConfiguration provider;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    PatientDiscovery(OpenIdClientConfiguration provider, HttpClient http, Duration timeout, Clock clock) {
        this.provider = provider;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return provider.getName();
    }

    @Override
    public DefaultOpenIdProviderMetadata fetch() {
        var url = discoveryUrl();
        var deadline = clock.instant().plus(timeout);
        var pause = FIRST_PAUSE;
        while (true) {
            try {
                var metadata = http.toBlocking().retrieve(url, DefaultOpenIdProviderMetadata.class);
                metadata.setName(provider.getName());
                metadata.setUserinfoEndpoint(null);
                return metadata;
            } catch (HttpClientException notYet) {
                if (clock.instant().plus(pause).isAfter(deadline)) {
                    throw new IllegalStateException("The gateway cannot sign anyone in: the identity provider's"
                        + " discovery document at " + url + " did not answer within " + timeout.toSeconds() + " s ("
                        + notYet.getMessage() + "). Start the identity provider, or point SAMSKAP_OIDC_ISSUER at one"
                        + " that runs.", notYet);
                }
                LOG.info("Waiting for the identity provider's discovery document at {} ({}).", url, notYet.getMessage());
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private String discoveryUrl() {
        var issuer = provider.getIssuer()
            .orElseThrow(() -> new DisabledBeanException("No issuer configured for " + provider.getName()))
            .toString();
        return issuer.replaceAll("/+$", "") + provider.getConfigurationPath();
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the identity provider", e);
        }
    }
}
