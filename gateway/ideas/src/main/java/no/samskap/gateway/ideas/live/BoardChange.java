package no.samskap.gateway.ideas.live;

import io.micronaut.serde.annotation.Serdeable;

/** Something changed about a public idea: the message type that changed it. Clients fetch the idea again. */
@Serdeable
public record BoardChange(String municipality, String ideaId, String change) {
}
