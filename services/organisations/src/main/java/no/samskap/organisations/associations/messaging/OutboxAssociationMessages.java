package no.samskap.organisations.associations.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.AssociationChecked;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationUpdated;
import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.MemberRemoved;
import no.samskap.contract.organisations.MemberRoleChanged;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.organisations.associations.application.AssociationMessages;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationEvent;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.platform.outbox.MessageMapping;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;

import java.util.Optional;
import java.util.UUID;

/** Turns the association's domain events into messages of the public contract and appends them to the outbox. */
@Singleton
class OutboxAssociationMessages implements AssociationMessages {

    private static final MessageMapping<AssociationEvent> MESSAGES = MessageMapping.of(AssociationEvent.class)
        .on(AssociationEvent.Registered.class, registered -> message(registered,
            OrganisationsMessages.ASSOCIATION_REGISTERED, registeredPayload(registered.association())))
        .on(AssociationEvent.Checked.class, checked -> message(checked, OrganisationsMessages.ASSOCIATION_CHECKED,
            checkedPayload(checked)))
        .on(AssociationEvent.Verified.class, verified -> message(verified, OrganisationsMessages.ASSOCIATION_VERIFIED,
            new AssociationVerified(id(verified), verified.verifiedBy(), verified.occurredAt())))
        .on(AssociationEvent.Updated.class, updated -> message(updated, OrganisationsMessages.ASSOCIATION_UPDATED,
            updatedPayload(updated)))
        .on(AssociationEvent.MemberAdded.class, added -> message(added, OrganisationsMessages.MEMBER_ADDED,
            new MemberAdded(id(added), added.membership().personId(), added.membership().role().code(),
                added.membership().addedBy(), added.occurredAt())))
        .on(AssociationEvent.MemberRemoved.class, removed -> message(removed, OrganisationsMessages.MEMBER_REMOVED,
            new MemberRemoved(id(removed), removed.memberId(), removed.removedBy(), removed.occurredAt())))
        .on(AssociationEvent.MemberRoleChanged.class, changed -> message(changed,
            OrganisationsMessages.MEMBER_ROLE_CHANGED, new MemberRoleChanged(id(changed), changed.memberId(),
                changed.role().code(), changed.changedBy(), changed.occurredAt())))
        .build();

    private final Outbox outbox;

    OutboxAssociationMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(AssociationEvent event) {
        outbox.append(MESSAGES.toMessage(event));
    }

    private static AssociationRegistered registeredPayload(Association association) {
        return new AssociationRegistered(association.id().toString(), association.organisationNumber().value(),
            association.name(), association.type(), association.description(), parentOf(association),
            association.registeredBy(), association.registeredAt());
    }

    private static AssociationChecked checkedPayload(AssociationEvent.Checked checked) {
        var facts = checked.association().registerFacts();
        return new AssociationChecked(id(checked), facts.status().code(), facts.registeredName(),
            facts.organisationForm(), facts.inFrivillighetsregisteret(), facts.deletedOn(), checked.occurredAt());
    }

    private static AssociationUpdated updatedPayload(AssociationEvent.Updated updated) {
        var association = updated.association();
        return new AssociationUpdated(id(updated), association.name(), association.type(), association.description(),
            parentOf(association), updated.updatedBy(), updated.occurredAt());
    }

    private static String parentOf(Association association) {
        return Optional.ofNullable(association.parentId()).map(AssociationId::toString).orElse(null);
    }

    private static String id(AssociationEvent event) {
        return event.association().id().toString();
    }

    private static <P> OutgoingMessage<P> message(AssociationEvent event, MessageType<P> type, P payload) {
        return new OutgoingMessage<>(type, UUID.randomUUID(), event.occurredAt(),
            event.association().municipality().value(), id(event), payload);
    }
}
