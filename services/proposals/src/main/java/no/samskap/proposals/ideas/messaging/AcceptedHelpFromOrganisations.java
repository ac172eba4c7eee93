package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import no.samskap.proposals.ideas.application.HelpNews;

import java.util.UUID;

/** Reads the organisations service's {@code help-accepted} so the idea's followers hear of the help. */
@Singleton
class AcceptedHelpFromOrganisations implements MessageHandler {

    private final HelpNews news;
    private final HandlersByType handlers;

    AcceptedHelpFromOrganisations(HelpNews news) {
        this.news = news;
        this.handlers = HandlersByType.of(OrganisationsMessages.HELP)
            .on(OrganisationsMessages.HELP_ACCEPTED, this::accepted)
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

    private void accepted(Envelope envelope, HelpAccepted accepted) {
        news.helpAccepted(accepted.offerId(), UUID.fromString(accepted.ideaId()), accepted.acceptedBy(),
            accepted.acceptedAt());
    }

    /** Nothing to forget: a replay must not tell the followers again, and {@code idea_help_news} sees to that. */
    @Override
    public void forgetEverything() {
    }
}
