package no.samskap.gateway.ideas.proposals;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.services.ServiceClient;
import no.samskap.gateway.shell.writes.RelayTarget;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/** The proposals service over HTTP, created at start-up so a malformed URL stops the gateway rather than a write. */
@Context
public final class ProposalsClient {

    private static final Pattern IDEA_ADDRESS = Pattern.compile("/ideas/[A-Za-z0-9-]+");

    private final ServiceClient client;
    private final RelayTarget relayTarget;

    ProposalsClient(BeanContext beans, ProposalsSettings settings) {
        this.client = new ServiceClient(beans, "proposals", settings.proposalsUrl(), settings.proposalsConnectTimeout(),
            settings.proposalsReadTimeout());
        this.relayTarget = new RelayTarget("proposals", client, IDEA_ADDRESS);
    }

    /** Writes relayed to proposals; the addresses of its ideas are the gateway's under {@code /api}. */
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
