package no.samskap.gateway.shell.privacy;

import no.samskap.gateway.shell.services.ServiceAnswer;
import reactor.core.publisher.Mono;

/**
 * A service behind the gateway that holds personal data: the module that talks to it asks for the person's export
 * ({@code GET /persons/me/data} with their access token), and the gateway joins every service's answer into one
 * download.
 */
public interface ServicePersonalData {

    /** The service's name in the download, such as {@code proposals}. */
    String service();

    Mono<ServiceAnswer> export(String accessToken);
}
