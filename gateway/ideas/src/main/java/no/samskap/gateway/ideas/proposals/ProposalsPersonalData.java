package no.samskap.gateway.ideas.proposals;

import io.micronaut.http.HttpMethod;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.privacy.ErasureRequests;
import no.samskap.gateway.shell.privacy.ServicePersonalData;
import no.samskap.gateway.shell.services.ServiceAnswer;
import no.samskap.gateway.shell.services.ServiceCall;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * The proposals service's part of a person's download, and the service that takes their request to erase the
 * account, which it passes on to every other deployable as {@code person-erased}.
 */
@Singleton
class ProposalsPersonalData implements ServicePersonalData, ErasureRequests {

    private final ProposalsClient proposals;

    ProposalsPersonalData(ProposalsClient proposals) {
        this.proposals = proposals;
    }

    @Override
    public String service() {
        return "proposals";
    }

    @Override
    public Mono<ServiceAnswer> export(String accessToken) {
        return proposals.send(new ServiceCall(HttpMethod.GET, "/persons/me/data", Optional.empty(), accessToken));
    }

    @Override
    public Mono<ServiceAnswer> requestErasure(String accessToken) {
        return proposals.send(new ServiceCall(HttpMethod.POST, "/persons/me/erasure", Optional.empty(), accessToken));
    }
}
