package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Has the demo associations offer help on demo ideas (found on the gateway's board by title) as their admins, the
 * municipality's staff accept the offers meant to be accepted, members log hours against them and the admin approve
 * those meant to be approved. Each step happens only when what it makes is not there yet: the admin's own offers,
 * the offer's status and the volunteer's own hours are read first, so loading twice changes nothing. Runs after the
 * ideas and the members.
 */
public final class HelpSeedLoader {

    public record Outcome(int offered, int accepted, int hoursLogged) {
    }

    private static final String ACCEPTED = "accepted";
    private static final String OFFERED = "offered";
    private static final String LOGGED = "logged";

    private final URI organisations;
    private final Map<String, String> staffOfMunicipality;
    private final SeedClient client;
    private final DemoAssociationLookup lookup;
    private final IdeaBoard board;

    public HelpSeedLoader(SeedLoader.Endpoints endpoints, URI organisations, Function<String, String> passwordOf,
                          Map<String, String> staffOfMunicipality) {
        this.organisations = organisations;
        this.staffOfMunicipality = Map.copyOf(staffOfMunicipality);
        this.client = new SeedClient(endpoints.tokenUrl(), endpoints.clientId(), passwordOf);
        this.lookup = new DemoAssociationLookup(client, organisations);
        this.board = new IdeaBoard(client, endpoints.gateway());
    }

    public Outcome load(List<DemoHelp> all, LocalDate today) {
        var offered = 0;
        var accepted = 0;
        var logged = 0;
        for (var help : all) {
            var ideaId = board.idOf(help.municipality(), help.idea(), what(help));
            var associationId = lookup.idOf(help.association(), help.admin());
            var existing = ownOffer(help, ideaId, associationId);
            var offer = existing.orElseGet(() -> offer(help, ideaId, associationId));
            offered += existing.isEmpty() ? 1 : 0;
            if (help.accepted() && OFFERED.equals(offer.path("status").asText())) {
                offer = client.call(organisations, what(help), "accept the offer on",
                    staffOfMunicipality.get(help.municipality()), "POST",
                    "/help-offers/" + offer.get("id").asText() + "/acceptance", Map.of());
                accepted++;
            }
            if (ACCEPTED.equals(offer.path("status").asText())) {
                for (var hours : help.hoursLogged()) {
                    if (logUnlessLogged(help, offer.get("id").asText(), hours, today)) {
                        logged++;
                    }
                }
            }
        }
        return new Outcome(offered, accepted, logged);
    }

    private Optional<JsonNode> ownOffer(DemoHelp help, String ideaId, String associationId) {
        var mine = client.call(organisations, what(help), "read the offers of", help.admin(), "GET",
            "/me/help-offers", null);
        return elements(mine).filter(offer -> ideaId.equals(offer.path("ideaId").asText())
            && associationId.equals(offer.path("associationId").asText())).findFirst();
    }

    private JsonNode offer(DemoHelp help, String ideaId, String associationId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("ideaId", ideaId);
        body.put("associationId", associationId);
        body.put("kind", help.kind());
        if (help.hours() != null) {
            body.put("hours", help.hours());
        }
        body.put("skills", help.skills());
        body.put("description", help.description());
        return client.call(organisations, what(help), "offer help on", help.admin(), "POST", "/help-offers", body);
    }

    private boolean logUnlessLogged(DemoHelp help, String offerId, DemoHelp.Hours hours, LocalDate today) {
        var date = today.minusDays(hours.daysAgo()).toString();
        var theirs = client.call(organisations, what(help), "read the hours of", hours.volunteer(), "GET",
            "/me/hours", null);
        // The same offer, role and note, whatever the date: the dates count back from the day of loading, so a second
        // start after midnight would otherwise log the demo's hours again.
        if (elements(theirs).anyMatch(entry -> offerId.equals(entry.path("offerId").asText())
            && Objects.equals(hours.role(), entry.path("role").asText(null))
            && Objects.equals(hours.note(), entry.path("note").asText(null)))) {
            return false;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("offerId", offerId);
        body.put("date", date);
        body.put("hours", hours.hours());
        body.put("role", hours.role());
        body.put("note", hours.note());
        var entry = client.call(organisations, what(help), "log hours on", hours.volunteer(), "POST", "/hours", body);
        if (hours.approved() && LOGGED.equals(entry.path("status").asText())) {
            client.call(organisations, what(help), "approve hours on", help.admin(), "POST",
                "/hours/" + entry.get("id").asText() + "/approval", null);
        }
        return true;
    }

    private static String what(DemoHelp help) {
        return "the offer of '" + help.association() + "' on '" + help.idea() + "'";
    }
}
