package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Finds a demo association's id and its members' person ids through the service, as one of its people sees them. */
final class DemoAssociationLookup {

    private final SeedClient client;
    private final URI organisations;

    DemoAssociationLookup(SeedClient client, URI organisations) {
        this.client = client;
        this.organisations = organisations;
    }

    /** Its admin's own list of associations names it: the demo data has no other handle on the id. */
    String idOf(String name, String admin) {
        var mine = client.call(organisations, "'" + name + "'", "find", admin, "GET", "/me/associations", null);
        return elements(mine).filter(entry -> name.equals(entry.path("name").asText()))
            .map(entry -> entry.get("associationId").asText()).findFirst()
            .orElseThrow(() -> new SeedException("Could not find '" + name + "' among the associations of " + admin));
    }

    /** Person id by username, as the members list shows it to {@code member}. */
    Map<String, String> personIdsIn(String associationId, String name, String member) {
        var members = client.call(organisations, "'" + name + "'", "list the members of", member, "GET",
            "/associations/" + associationId + "/members", null);
        var ids = new HashMap<String, String>();
        elements(members).forEach(entry -> ids.put(entry.get("username").asText(), entry.get("personId").asText()));
        return ids;
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
