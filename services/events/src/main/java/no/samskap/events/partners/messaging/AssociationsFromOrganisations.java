package no.samskap.events.partners.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationUpdated;
import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.MemberRemoved;
import no.samskap.contract.organisations.MemberRoleChanged;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.events.partners.application.PartnerCopy;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;

import java.util.UUID;

/** Keeps the events service's copy of associations and their admins, to decide who may co-host. */
@Singleton
class AssociationsFromOrganisations implements MessageHandler {

    private final PartnerCopy copy;
    private final HandlersByType handlers;

    AssociationsFromOrganisations(PartnerCopy copy) {
        this.copy = copy;
        this.handlers = HandlersByType.of(OrganisationsMessages.ASSOCIATION)
            .on(OrganisationsMessages.ASSOCIATION_REGISTERED, this::registered)
            .on(OrganisationsMessages.ASSOCIATION_UPDATED, this::updated)
            .on(OrganisationsMessages.ASSOCIATION_VERIFIED, this::verified)
            .on(OrganisationsMessages.MEMBER_ADDED, this::memberAdded)
            .on(OrganisationsMessages.MEMBER_REMOVED, this::memberRemoved)
            .on(OrganisationsMessages.MEMBER_ROLE_CHANGED, this::roleChanged)
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
        copy.forgetAssociations();
    }

    private void registered(Envelope envelope, AssociationRegistered registered) {
        copy.registered(id(registered.associationId()), envelope.municipality(), registered.name());
    }

    private void updated(Envelope envelope, AssociationUpdated updated) {
        copy.renamed(id(updated.associationId()), updated.name());
    }

    private void verified(Envelope envelope, AssociationVerified verified) {
        copy.verified(id(verified.associationId()));
    }

    private void memberAdded(Envelope envelope, MemberAdded added) {
        copy.member(id(added.associationId()), added.memberId(), added.role());
    }

    private void roleChanged(Envelope envelope, MemberRoleChanged changed) {
        copy.member(id(changed.associationId()), changed.memberId(), changed.role());
    }

    private void memberRemoved(Envelope envelope, MemberRemoved removed) {
        copy.noLongerMember(id(removed.associationId()), removed.memberId());
    }

    private static UUID id(String text) {
        return UUID.fromString(text);
    }
}
