package no.samskap.seeds;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Makes the demo users named as an association's members its members the way people do: the admin invites each by
 * username and the member accepts. The member is asked first, which also lets the service know them (only people it
 * has seen can be invited, ADR 0030). Someone already a member is left alone and an open invitation is accepted
 * rather than sent again, so loading twice changes nothing.
 */
public final class MemberSeedLoader {

    public record Outcome(int joined, int alreadyMembers) {
    }

    private static final String MEMBER = "member";

    private final URI organisations;
    private final SeedClient client;
    private final DemoAssociationLookup lookup;

    public MemberSeedLoader(URI tokenUrl, String clientId, URI organisations, Function<String, String> passwordOf) {
        this.organisations = organisations;
        this.client = new SeedClient(tokenUrl, clientId, passwordOf);
        this.lookup = new DemoAssociationLookup(client, organisations);
    }

    public Outcome load(List<DemoAssociation> associations) {
        var joined = 0;
        var already = 0;
        for (var association : associations) {
            if (!association.registeredAtStart() || association.members().isEmpty()) {
                continue;
            }
            var id = lookup.idOf(association.name(), association.admin());
            for (var member : association.members()) {
                if (isMember(member, id)) {
                    already++;
                } else {
                    join(association, id, member);
                    joined++;
                }
            }
        }
        return new Outcome(joined, already);
    }

    private void join(DemoAssociation association, String id, String member) {
        var invitation = openInvitation(member, id).orElseGet(() -> client.call(organisations, what(association),
            "invite " + member + " to", association.admin(), "POST", "/associations/" + id + "/invitations",
            Map.of("invitee", member, "role", MEMBER)).get("id").asText());
        client.call(organisations, what(association), "accept the invitation to", member, "POST",
            "/invitations/" + invitation + "/acceptance", null);
    }

    private boolean isMember(String person, String associationId) {
        var theirs = client.call(organisations, person, "read the associations of", person, "GET", "/me/associations",
            null);
        return elements(theirs).anyMatch(entry -> associationId.equals(entry.path("associationId").asText()));
    }

    private Optional<String> openInvitation(String person, String associationId) {
        var open = client.call(organisations, person, "read the invitations of", person, "GET", "/me/invitations",
            null);
        return elements(open).filter(entry -> associationId.equals(entry.path("associationId").asText()))
            .map(entry -> entry.get("id").asText()).findFirst();
    }

    private static String what(DemoAssociation association) {
        return "'" + association.name() + "'";
    }
}
