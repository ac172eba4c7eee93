package no.samskap.contract.organisations;

import java.time.Instant;

/** A volunteer took a request for help; nobody else can. The others who showed interest were told. */
public record HelpRequestTaken(String requestId, String associationId, String volunteerId, Instant takenAt) {
}
