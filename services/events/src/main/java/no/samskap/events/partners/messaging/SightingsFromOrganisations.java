package no.samskap.events.partners.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.AttestExpired;
import no.samskap.contract.organisations.AttestSighted;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.events.partners.application.PartnerCopy;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/** Keeps which volunteers have a sighted politiattest, and until when, for shifts that require one. */
@Singleton
class SightingsFromOrganisations implements MessageHandler {

    private final PartnerCopy copy;
    private final HandlersByType handlers;

    SightingsFromOrganisations(PartnerCopy copy) {
        this.copy = copy;
        this.handlers = HandlersByType.of(OrganisationsMessages.VOLUNTEER)
            .on(OrganisationsMessages.ATTEST_SIGHTED, this::sighted)
            .on(OrganisationsMessages.ATTEST_EXPIRED, this::expired)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    @Override
    public void forgetEverything() {
        copy.forgetSightings();
    }

    private void sighted(Envelope envelope, AttestSighted sighted) {
        copy.sighted(UUID.fromString(sighted.associationId()), sighted.volunteerId(), sighted.role(),
            sighted.validUntil());
    }

    private void expired(Envelope envelope, AttestExpired expired) {
        copy.expired(UUID.fromString(expired.associationId()), expired.volunteerId(), expired.role());
    }
}
