package no.samskap.seeds;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** A municipality's public idea board as the gateway lists it to anyone: demo data finds its ideas there by title. */
final class IdeaBoard {

    private final SeedClient client;
    private final URI gateway;
    private final Map<String, Map<String, String>> read = new HashMap<>();

    IdeaBoard(SeedClient client, URI gateway) {
        this.client = client;
        this.gateway = gateway;
    }

    /** The id of the idea with this title on the municipality's board, read once; a failure names {@code what}. */
    String idOf(String municipality, String title, String what) {
        var id = read.computeIfAbsent(municipality, this::idsByTitle).get(title);
        if (id == null) {
            throw new SeedException("Could not find '" + title + "' on the board of " + municipality + " for " + what);
        }
        return id;
    }

    /** Every idea on the board by its title, page after page. */
    Map<String, String> idsByTitle(String municipality) {
        var ids = new HashMap<String, String>();
        String after = null;
        do {
            var uri = gateway.resolve("/api/ideas?limit=100&municipality=" + municipality
                + (after == null ? "" : "&after=" + SeedClient.encode(after)));
            var page = client.read(uri, "the board of " + municipality);
            page.get("ideas").forEach(idea -> ids.put(idea.get("title").asText(), idea.path("id").asText()));
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (after != null);
        return ids;
    }
}
