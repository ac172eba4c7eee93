package no.samskap.organisations.associations.application;

/** A resident's registration of an association in their own municipality; text as typed, checked by the domain. */
public record RegisterAssociation(String municipality, String registeredBy, String organisationNumber, String name,
                                  String type, String description, String contactEmail, String contactPhone,
                                  String website, String parentAssociationId) {
}
