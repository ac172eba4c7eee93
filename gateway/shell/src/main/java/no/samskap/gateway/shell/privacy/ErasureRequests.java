package no.samskap.gateway.shell.privacy;

import no.samskap.gateway.shell.services.ServiceAnswer;
import reactor.core.publisher.Mono;

/**
 * The service that takes a person's request to erase their account and tells every other deployable
 * ({@code person-erased}); one module provides it (today gateway/ideas, for proposals).
 */
public interface ErasureRequests {

    Mono<ServiceAnswer> requestErasure(String accessToken);
}
