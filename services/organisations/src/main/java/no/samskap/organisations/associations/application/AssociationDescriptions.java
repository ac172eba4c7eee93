package no.samskap.organisations.associations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Contact;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;

/** An admin keeps the association's public description up to date. */
@Singleton
public class AssociationDescriptions {

    private final Associations associations;
    private final AssociationRights rights;
    private final AssociationRegistrations registrations;
    private final AssociationMessages messages;
    private final Clock clock;

    AssociationDescriptions(Associations associations, AssociationRights rights,
                            AssociationRegistrations registrations, AssociationMessages messages, Clock clock) {
        this.associations = associations;
        this.rights = rights;
        this.registrations = registrations;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Association describe(SignedInPerson admin, String associationId, DescribeAssociation change) {
        var association = rights.requireAdmin(associationId, admin);
        var now = association.publicDescription();
        var contact = now.contact();
        var changed = new Association.Description(keep(change.name(), now.name()), keep(change.type(), now.type()),
            keep(change.description(), now.description()),
            new Contact(keep(change.contactEmail(), contact.email()), keep(change.contactPhone(), contact.phone()),
                keep(change.website(), contact.website())),
            change.parentAssociationId() == null ? now.parentId()
                : registrations.parentIn(association.municipality(), change.parentAssociationId()));
        var updated = association.describe(changed, admin.subject(), clock.instant());
        var saved = associations.update(updated.association());
        messages.publish(updated);
        return saved;
    }

    private static String keep(String changed, String current) {
        return changed == null ? current : changed;
    }
}
