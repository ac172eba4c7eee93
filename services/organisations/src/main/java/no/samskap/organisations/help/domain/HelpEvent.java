package no.samskap.organisations.help.domain;

import java.time.Instant;

/** What happened to an offer of help or a request for help; the application hands each to the outbox. */
public sealed interface HelpEvent {

    Instant occurredAt();

    record OfferMade(HelpOffer offer, Instant occurredAt) implements HelpEvent {
    }

    record OfferAccepted(HelpOffer offer, Instant occurredAt) implements HelpEvent {
    }

    record OfferDeclined(HelpOffer offer, Instant occurredAt) implements HelpEvent {
    }

    record RequestPosted(HelpRequest request, Instant occurredAt) implements HelpEvent {
    }

    record RequestTaken(HelpRequest request, Instant occurredAt) implements HelpEvent {
    }
}
