package no.samskap.gateway.shell.writes;

import no.samskap.gateway.shell.services.ServiceClient;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service that takes writes through the gateway: its name (said in a 503), its client, and which of the addresses
 * it answers with in {@code Location} the gateway serves under {@code /api}. Any other address would point past the
 * gateway, so it is dropped.
 */
public record RelayTarget(String service, ServiceClient client, Pattern gatewayLocations) {

    /** The gateway's address for the service's {@code Location}, or none. */
    public Optional<String> gatewayLocation(String serviceLocation) {
        try {
            var path = URI.create(serviceLocation).getRawPath();
            return path != null && gatewayLocations.matcher(path).matches() ? Optional.of("/api" + path) : Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
