package no.samskap.organisations.associations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.OrganisationNumber;
import no.samskap.contract.organisations.AssociationTypes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A lag or forening registered in one municipality under its organisation number. It is checked against
 * Enhetsregisteret by the service and verified by the municipality's staff; who may act for it comes from its
 * memberships, never from this record.
 */
public record Association(AssociationId id, MunicipalityNumber municipality, OrganisationNumber organisationNumber,
                          String name, String type, String description, Contact contact, AssociationId parentId,
                          RegisterFacts registerFacts, Verification verification, String registeredBy,
                          Instant registeredAt, Long version) {

    static final int NAME_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 4000;

    /** Who verified the association, and when; null while it is not verified. */
    public record Verification(String verifiedBy, Instant verifiedAt) {
    }

    /** The public description an admin may change. */
    public record Description(String name, String type, String description, Contact contact, AssociationId parentId) {

        public Description {
            name = required("name", name, NAME_LENGTH);
            description = description == null ? "" : description.strip();
            if (description.length() > DESCRIPTION_LENGTH) {
                throw Refusal.invalid("description", "must be at most " + DESCRIPTION_LENGTH + " characters");
            }
            if (type == null || !AssociationTypes.isKnown(type)) {
                throw Refusal.invalid("type", "must be one of " + String.join(", ", AssociationTypes.CODES));
            }
            contact = contact == null ? new Contact(null, null, null) : contact;
        }
    }

    /** A registration's result: the association, not yet checked, with its registrant as its first admin. */
    public record Registration(Association association, Membership firstAdmin, List<AssociationEvent> events) {
    }

    public static Registration register(AssociationId id, MunicipalityNumber municipality,
                                        OrganisationNumber organisationNumber, Description description,
                                        String registeredBy, Instant now) {
        var association = new Association(id, municipality, organisationNumber, description.name(), description.type(),
            description.description(), description.contact(), description.parentId(),
            new RegisterFacts(RegisterStatus.UNCHECKED, null, null, null, false, null, null), null, registeredBy, now,
            null);
        if (id.equals(description.parentId())) {
            throw Refusal.invalid("parentAssociationId", "an association cannot be its own parent");
        }
        var admin = new Membership(id, registeredBy, MemberRole.ADMIN, registeredBy, now);
        return new Registration(association, admin, List.of(new AssociationEvent.Registered(association, now),
            new AssociationEvent.MemberAdded(association, admin, now)));
    }

    public boolean isVerified() {
        return verification != null;
    }

    public Description publicDescription() {
        return new Description(name, type, description, contact, parentId);
    }

    public AssociationEvent.Updated describe(Description changed, String by, Instant now) {
        if (id.equals(changed.parentId())) {
            throw Refusal.invalid("parentAssociationId", "an association cannot be its own parent");
        }
        var updated = new Association(id, municipality, organisationNumber, changed.name(), changed.type(),
            changed.description(), changed.contact(), changed.parentId(), registerFacts, verification, registeredBy,
            registeredAt, version);
        return new AssociationEvent.Updated(updated, by, now);
    }

    public AssociationEvent.Verified verify(String by, Instant now) {
        if (isVerified()) {
            throw Refusal.conflict(null, "the association is already verified");
        }
        if (registerFacts.status().needsAttention()) {
            throw Refusal.conflict(null, "Enhetsregisteret says the association is " + registerFacts.status().code()
                + "; it cannot be verified");
        }
        var verified = new Association(id, municipality, organisationNumber, name, type, description, contact,
            parentId, registerFacts, new Verification(by, now), registeredBy, registeredAt, version);
        return new AssociationEvent.Verified(verified, by, now);
    }

    /** What the register said; a change of status or of the register's own facts is news, a repeat is not. */
    public Optional<AssociationEvent.Checked> checked(RegisterFacts facts) {
        var before = registerFacts.withCheckedAt(null);
        if (before.equals(facts.withCheckedAt(null)) && registerFacts.checkedAt() != null) {
            return Optional.empty();
        }
        var checked = new Association(id, municipality, organisationNumber, name, type, description, contact,
            parentId, facts, verification, registeredBy, registeredAt, version);
        return Optional.of(new AssociationEvent.Checked(checked, facts.checkedAt()));
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "must not be blank");
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Refusal.invalid(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
