package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadataFetcher;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadataFetcherFactory;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

@Factory
final class DiscoveryFactory {

    @EachBean(OpenIdClientConfiguration.class)
    @Singleton
    @Replaces(factory = OpenIdProviderMetadataFetcherFactory.class, bean = OpenIdProviderMetadataFetcher.class)
    OpenIdProviderMetadataFetcher patientDiscovery(@Parameter OpenIdClientConfiguration provider, @Client HttpClient http,
                                                   @Value("${samskap.sign-in.discovery-timeout:60s}") Duration timeout,
                                                   Clock clock) {
        return new PatientDiscovery(provider, http, timeout, clock);
    }
}
