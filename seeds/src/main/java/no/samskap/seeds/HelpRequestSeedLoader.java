package no.samskap.seeds;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.seeds.DemoAssociationLookup.elements;

/**
 * Posts the demo requests for help as the association's admin or the municipality's staff, each unless a request with
 * its task is open in the municipality already, and has the residents meant to be interested show interest unless
 * their own list has it. So loading twice changes nothing; a request someone has taken since is not open and is
 * posted again. Runs after the ideas (a request may belong to one) and the members.
 */
public final class HelpRequestSeedLoader {

    public record Outcome(int posted, int interestShown) {
    }

    private final URI organisations;
    private final SeedClient client;
    private final DemoAssociationLookup lookup;
    private final IdeaBoard board;

    public HelpRequestSeedLoader(SeedLoader.Endpoints endpoints, URI organisations,
                                 Function<String, String> passwordOf) {
        this.organisations = organisations;
        this.client = new SeedClient(endpoints.tokenUrl(), endpoints.clientId(), passwordOf);
        this.lookup = new DemoAssociationLookup(client, organisations);
        this.board = new IdeaBoard(client, endpoints.gateway());
    }

    public Outcome load(List<DemoHelpRequest> all, LocalDate today) {
        var posted = 0;
        var interest = 0;
        for (var request : all) {
            var existing = openWithTask(request);
            var id = existing.orElseGet(() -> post(request, today));
            posted += existing.isEmpty() ? 1 : 0;
            for (var volunteer : request.interested()) {
                if (showInterestUnlessShown(request, id, volunteer)) {
                    interest++;
                }
            }
        }
        return new Outcome(posted, interest);
    }

    private Optional<String> openWithTask(DemoHelpRequest request) {
        var open = client.call(organisations, what(request), "read the open requests before posting", request.poster(),
            "GET", "/help-requests", null);
        return elements(open).filter(candidate -> request.task().equals(candidate.path("task").asText()))
            .map(candidate -> candidate.get("id").asText()).findFirst();
    }

    private String post(DemoHelpRequest request, LocalDate today) {
        var body = new LinkedHashMap<String, Object>();
        if (request.association() != null) {
            body.put("associationId", lookup.idOf(request.association(), request.poster()));
        }
        if (request.idea() != null) {
            body.put("ideaId", board.idOf(request.municipality(), request.idea(), what(request)));
        }
        body.put("task", request.task());
        body.put("place", request.place());
        body.put("startsAt", request.startsOn(today).toString());
        body.put("endsAt", request.endsOn(today).toString());
        body.put("skills", request.skills());
        return client.call(organisations, what(request), "post", request.poster(), "POST", "/help-requests", body)
            .get("id").asText();
    }

    private boolean showInterestUnlessShown(DemoHelpRequest request, String id, String volunteer) {
        var theirs = client.call(organisations, what(request), "read the requests of", volunteer, "GET",
            "/me/help-requests", null);
        if (elements(theirs).map(mine -> mine.path("request")).anyMatch(shown -> id.equals(shown.path("id").asText()))) {
            return false;
        }
        client.call(organisations, what(request), "show interest in", volunteer, "POST",
            "/help-requests/" + id + "/interest", null);
        return true;
    }

    private static String what(DemoHelpRequest request) {
        return "the request for help '" + request.task() + "'";
    }
}
