package no.samskap.seeds;

/**
 * A demo association: fictional, with an organisation number that passes MOD11, registered by {@code admin} (a demo
 * user of its municipality) and verified by the municipality's staff when {@code verified}.
 */
public record DemoAssociation(String municipality, String organisationNumber, String name, String type,
                              String description, String contactEmail, String admin, boolean verified) {
}
