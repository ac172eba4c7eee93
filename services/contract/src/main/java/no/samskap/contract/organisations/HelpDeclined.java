package no.samskap.contract.organisations;

import java.time.Instant;

/** The municipality's staff declined an offer of help; the reason reaches the offerer only, not the wire. */
public record HelpDeclined(String offerId, String ideaId, String associationId, String kind, String declinedBy,
                           Instant declinedAt) {
}
