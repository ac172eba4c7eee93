package no.samskap.organisations.associations.application;

/** An admin's change of the public description; a null field keeps what is there. */
public record DescribeAssociation(String name, String type, String description, String contactEmail,
                                  String contactPhone, String website, String parentAssociationId) {
}
