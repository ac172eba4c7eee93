package no.samskap.gateway.ideas.staff;

import io.micronaut.serde.annotation.Serdeable;

/** Something changed in a municipality's staff inbox: the idea and the message type that changed it. */
@Serdeable
public record InboxChange(String municipality, String ideaId, String change) {
}
