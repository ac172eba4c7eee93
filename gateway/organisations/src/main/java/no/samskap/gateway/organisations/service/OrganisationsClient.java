package no.samskap.gateway.organisations.service;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceClient;
import no.samskap.gateway.shell.writes.RelayTarget;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/** The organisations service over HTTP, created at start-up so a malformed URL stops the gateway rather than a write. */
@Context
public final class OrganisationsClient {

    private static final Pattern ASSOCIATION_ADDRESS = Pattern.compile("/associations/[A-Za-z0-9-]+");

    private final ServiceClient client;
    private final RelayTarget relayTarget;

    OrganisationsClient(BeanContext beans, OrganisationsSettings settings) {
        this.client = new ServiceClient(beans, "organisations", settings.organisationsUrl(),
            settings.organisationsConnectTimeout(), settings.organisationsReadTimeout());
        this.relayTarget = new RelayTarget("organisations", client, ASSOCIATION_ADDRESS);
    }

    /** Writes relayed to organisations; the addresses of its associations are the gateway's under {@code /api}. */
    public RelayTarget relayTarget() {
        return relayTarget;
    }

    public Mono<ServiceAnswer> send(ServiceCall call) {
        return client.send(call);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
