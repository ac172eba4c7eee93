package no.samskap.organisations.attests.domain;

import no.samskap.contract.MunicipalityNumber;

import java.time.Instant;

/** What happened to a politiattest sighting; the application hands each to the outbox. */
public sealed interface AttestEvent {

    Sighting sighting();

    MunicipalityNumber municipality();

    Instant occurredAt();

    record Sighted(Sighting sighting, MunicipalityNumber municipality, Instant occurredAt) implements AttestEvent {
    }

    record Expiring(Sighting sighting, MunicipalityNumber municipality, Instant occurredAt) implements AttestEvent {
    }

    record Expired(Sighting sighting, MunicipalityNumber municipality, Instant occurredAt) implements AttestEvent {
    }

    static AttestEvent of(Reminder reminder, Sighting sighting, MunicipalityNumber municipality, Instant at) {
        return reminder == Reminder.EXPIRED ? new Expired(sighting, municipality, at)
            : new Expiring(sighting, municipality, at);
    }
}
