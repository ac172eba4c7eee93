package no.samskap.proposals.persons.application;

import java.time.Instant;
import java.util.UUID;

public record ErasureRequest(UUID id, Instant requestedAt) {
}
