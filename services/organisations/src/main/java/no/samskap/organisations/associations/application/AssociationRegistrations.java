package no.samskap.organisations.associations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Contact;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Clock;

/**
 * A resident registers an association in their municipality and becomes its first admin. One association per
 * organisation number per municipality; the register check runs after the registration is stored.
 */
@Singleton
public class AssociationRegistrations {

    private final Associations associations;
    private final Members members;
    private final AssociationMessages messages;
    private final Clock clock;

    AssociationRegistrations(Associations associations, Members members, AssociationMessages messages, Clock clock) {
        this.associations = associations;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Association register(RegisterAssociation command) {
        var municipality = new MunicipalityNumber(command.municipality());
        var number = OrganisationNumber.parse(command.organisationNumber()).orElseThrow(() -> Refusal.invalid(
            "organisationNumber", "must be 9 digits ending in a valid MOD11 check digit, as in Enhetsregisteret"));
        var description = new Association.Description(command.name(), command.type(), command.description(),
            new Contact(command.contactEmail(), command.contactPhone(), command.website()),
            parentIn(municipality, command.parentAssociationId()));
        if (associations.find(municipality, number).isPresent()) {
            throw Refusal.conflict("organisationNumber",
                "an association with this organisation number is already registered in the municipality");
        }
        var registration = Association.register(AssociationId.random(), municipality, number, description,
            command.registeredBy(), clock.instant());
        var stored = associations.add(registration.association());
        members.add(registration.firstAdmin());
        registration.events().forEach(messages::publish);
        return stored;
    }

    /** The parent organisation, which must be registered in the same municipality; null when none is given. */
    AssociationId parentIn(MunicipalityNumber municipality, String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return null;
        }
        return AssociationId.parse(parentId).flatMap(associations::find)
            .filter(parent -> parent.municipality().equals(municipality))
            .map(Association::id)
            .orElseThrow(() -> new Refusal(Refusal.Kind.UNPROCESSABLE, "parentAssociationId",
                "must be an association registered in the same municipality"));
    }
}
