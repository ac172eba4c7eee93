package no.samskap.contract.organisations;

import java.time.Instant;

/**
 * The municipality's staff accepted an offer of help: the gateway, which knows the idea's followers, tells them. The
 * staff's note stays in the service; it may speak of people.
 */
public record HelpAccepted(String offerId, String ideaId, String associationId, String kind, String acceptedBy,
                           Instant acceptedAt) {
}
