package no.samskap.gateway.shell.services;

import java.util.Optional;

/** What a service answered, as far as the gateway passes it on. */
public record ServiceAnswer(int status, Optional<String> contentType, Optional<String> location,
                            Optional<String> retryAfter, byte[] body) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
