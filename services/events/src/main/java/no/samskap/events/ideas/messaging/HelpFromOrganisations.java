package no.samskap.events.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpDeclined;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.events.ideas.application.IdeaCopy;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/**
 * Keeps the offers of help to ideas ({@code help-offered}, its details) and whether staff accepted them
 * ({@code help-accepted}, {@code help-declined}), so an event drafted from the idea carries the accepted ones over.
 */
@Singleton
class HelpFromOrganisations implements MessageHandler {

    private final IdeaCopy copy;
    private final HandlersByType handlers;

    HelpFromOrganisations(IdeaCopy copy) {
        this.copy = copy;
        this.handlers = HandlersByType.of(OrganisationsMessages.HELP)
            .on(OrganisationsMessages.HELP_OFFERED, this::offered)
            .on(OrganisationsMessages.HELP_ACCEPTED, this::accepted)
            .on(OrganisationsMessages.HELP_DECLINED, this::declined)
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
        copy.forgetHelp();
    }

    private void offered(Envelope envelope, HelpOffered offered) {
        if (offered.ideaId() == null) {
            return;
        }
        copy.helpOffered(id(offered.offerId()), id(offered.ideaId()), id(offered.associationId()), offered.kind(),
            offered.hours(), offered.description(), offered.offeredAt());
    }

    private void accepted(Envelope envelope, HelpAccepted accepted) {
        copy.helpAnswered(id(accepted.offerId()), true, accepted.acceptedAt());
    }

    private void declined(Envelope envelope, HelpDeclined declined) {
        copy.helpAnswered(id(declined.offerId()), false, declined.declinedAt());
    }

    private static UUID id(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
