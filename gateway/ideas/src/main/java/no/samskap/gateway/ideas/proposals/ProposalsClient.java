package no.samskap.gateway.ideas.proposals;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceClient;
import reactor.core.publisher.Mono;

/** The proposals service over HTTP, created at start-up so a malformed URL stops the gateway rather than a write. */
@Context
public final class ProposalsClient {

    private final ServiceClient client;

    ProposalsClient(BeanContext beans, ProposalsSettings settings) {
        this.client = new ServiceClient(beans, "proposals", settings.proposalsUrl(), settings.proposalsConnectTimeout(),
            settings.proposalsReadTimeout());
    }

    public Mono<ServiceAnswer> send(ServiceCall call) {
        return client.send(call);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
