package no.samskap.seeds;

import java.util.List;

/**
 * A demo association: fictional, with an organisation number that passes MOD11, registered by {@code admin} (a demo
 * user of its municipality) and verified by the municipality's staff when {@code verified}. Its {@code members} are
 * demo users the admin invites and who accept. One {@code leftForTheWalkThrough} is only in the local register:
 * nothing registers it at start, so a newcomer (or the browser test) can register it and have staff verify it.
 */
public record DemoAssociation(String municipality, String organisationNumber, String name, String type,
                              String description, String contactEmail, String admin, boolean verified,
                              List<String> members, boolean leftForTheWalkThrough) {

    public DemoAssociation {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public boolean registeredAtStart() {
        return !leftForTheWalkThrough;
    }
}
