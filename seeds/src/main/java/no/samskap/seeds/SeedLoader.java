package no.samskap.seeds;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the demo data through the public APIs, signed in as the demo users, so every message and read model it
 * produces is real. Each municipality's admin first sets its settings, unless it has strategic values already (an
 * admin's own choices survive a restart). Then its ideas: those that never reach the public board (waiting for
 * moderation, rejected, hidden) come first, and only while none of its board-bound demo ideas is on the board;
 * each board-bound idea is loaded unless its title is on the board. Loading twice therefore changes nothing.
 */
public final class SeedLoader {

    /** Where to sign in and where the services are. */
    public record Endpoints(URI tokenUrl, String clientId, URI proposals, URI gateway) {
    }

    /** Who acts for each municipality: its staff moderate, assess and answer; its admin sets its settings. */
    public record Officials(Map<String, String> staffOfMunicipality, Map<String, String> adminOfMunicipality) {

        public Officials {
            staffOfMunicipality = Map.copyOf(staffOfMunicipality);
            adminOfMunicipality = Map.copyOf(adminOfMunicipality);
        }
    }

    public record Outcome(int loaded, int alreadyThere, int settingsApplied) {
    }

    private final Endpoints endpoints;
    private final Officials officials;
    private final SeedClient client;

    public SeedLoader(Endpoints endpoints, Function<String, String> passwordOf, Officials officials) {
        this.endpoints = endpoints;
        this.officials = officials;
        this.client = new SeedClient(endpoints.tokenUrl(), endpoints.clientId(), passwordOf);
    }

    public Outcome load(List<DemoMunicipality> municipalities, List<DemoIdea> ideas, LocalDate today) {
        var settingsApplied = 0;
        for (var municipality : municipalities) {
            if (applySettingsUnlessChosen(municipality)) {
                settingsApplied++;
            }
            applyPopulationUnlessSet(municipality);
        }
        var byMunicipality = new LinkedHashMap<String, List<DemoIdea>>();
        ideas.forEach(idea -> byMunicipality.computeIfAbsent(idea.municipality(), any -> new ArrayList<>()).add(idea));
        var loaded = 0;
        for (var entry : byMunicipality.entrySet()) {
            loaded += loadIdeasOf(entry.getKey(), entry.getValue(), today);
        }
        return new Outcome(loaded, ideas.size() - loaded, settingsApplied);
    }

    /** Those that never reach the board first, while none of the others is there; then each missing board-bound one. */
    private int loadIdeasOf(String municipality, List<DemoIdea> ideas, LocalDate today) {
        var onBoard = titlesOnBoard(municipality);
        var seeded = ideas.stream().anyMatch(idea -> idea.endsOnTheBoard() && onBoard.contains(idea.title()));
        var due = new ArrayList<DemoIdea>();
        if (!seeded) {
            ideas.stream().filter(idea -> !idea.endsOnTheBoard()).forEach(due::add);
        }
        ideas.stream().filter(idea -> idea.endsOnTheBoard() && !onBoard.contains(idea.title())).forEach(due::add);
        due.forEach(idea -> live(idea, today));
        return due.size();
    }

    private boolean applySettingsUnlessChosen(DemoMunicipality municipality) {
        var admin = officials.adminOfMunicipality().get(municipality.municipality());
        var path = "/municipalities/" + municipality.municipality() + "/settings";
        var what = "the settings of " + municipality.municipality();
        var current = proposals(what, "read", admin, "GET", path, null);
        if (current.path("strategicValues").size() > 0) {
            return false;
        }
        var change = new LinkedHashMap<String, Object>();
        change.put("name", municipality.name());
        change.put("moderation", municipality.moderation());
        putUnlessNull(change, "supportThreshold", municipality.supportThreshold());
        putUnlessNull(change, "serviceAreas", municipality.serviceAreas());
        change.put("strategicValues", municipality.strategicValues());
        proposals(what, "change", admin, "PUT", path, change);
        return true;
    }

    /** The population an admin keeps: set once, so a later change of theirs survives a restart. */
    private void applyPopulationUnlessSet(DemoMunicipality municipality) {
        if (municipality.population() == null) {
            return;
        }
        var admin = officials.adminOfMunicipality().get(municipality.municipality());
        var path = "/municipalities/" + municipality.municipality() + "/population";
        var what = "the population of " + municipality.municipality();
        if (proposals(what, "read", admin, "GET", path, null).path("residents").isNumber()) {
            return;
        }
        proposals(what, "set", admin, "PUT", path, Map.of("residents", municipality.population()));
    }

    private void live(DemoIdea idea, LocalDate today) {
        var staff = officials.staffOfMunicipality().get(idea.municipality());
        var what = "'" + idea.title() + "'";
        var created = proposals(what, "submit", idea.author(), "POST", "/ideas", submission(idea));
        var id = created.get("id").asText();
        var held = "submitted".equals(created.get("status").asText());
        if (idea.is(DemoIdea.Moderation.WAITING) || idea.is(DemoIdea.Moderation.REJECTED)) {
            if (!held) {
                throw new SeedException("Could not hold " + what + " for moderation: municipality "
                    + idea.municipality() + " publishes ideas at once");
            }
            if (idea.is(DemoIdea.Moderation.REJECTED)) {
                proposals(what, "reject", staff, "POST", "/ideas/" + id + "/rejection",
                    Map.of("reason", idea.moderation().reason()));
            }
            return;
        }
        if (held) {
            proposals(what, "publish", staff, "POST", "/ideas/" + id + "/publication", Map.of());
        }
        for (var supporter : idea.supporters()) {
            proposals(what, "support", supporter, "PUT", "/ideas/" + id + "/support", Map.of());
        }
        for (var comment : idea.comments()) {
            var written = proposals(what, "comment on", comment.author(), "POST", "/ideas/" + id + "/comments",
                Map.of("body", comment.body()));
            for (var reply : comment.replies()) {
                proposals(what, "answer a comment on", reply.author(), "POST", "/ideas/" + id + "/comments",
                    Map.of("body", reply.body(), "parentId", written.get("id").asText()));
            }
        }
        if (idea.assessmentDays() != null) {
            proposals(what, "assess", staff, "POST", "/ideas/" + id + "/assessment",
                Map.of("respondBy", today.plusDays(idea.assessmentDays()).toString()));
        }
        if (!idea.petitionSigners().isEmpty()) {
            proposals(what, "make an innbyggerforslag of", idea.author(), "POST", "/ideas/" + id + "/petition", Map.of());
            for (var signer : idea.petitionSigners()) {
                proposals(what, "sign the innbyggerforslag", signer, "PUT", "/ideas/" + id + "/petition/signature",
                    Map.of());
            }
        }
        if (idea.answer() != null) {
            proposals(what, "answer", staff, "POST", "/ideas/" + id + "/answer",
                Map.of("outcome", idea.answer().outcome(), "answer", idea.answer().text()));
        }
        if (idea.realisedBy() != null) {
            proposals(what, "realise", staff, "POST", "/ideas/" + id + "/realisation", Map.of("culturalEventId", idea.realisedBy()));
        }
        if (idea.is(DemoIdea.Moderation.HIDDEN)) {
            proposals(what, "hide", staff, "POST", "/ideas/" + id + "/hiding", Map.of("reason", idea.moderation().reason()));
        }
        if (idea.withdrawn()) {
            proposals(what, "withdraw", idea.author(), "POST", "/ideas/" + id + "/withdrawal", Map.of());
        }
    }

    private static Map<String, Object> submission(DemoIdea idea) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", idea.title());
        body.put("body", idea.body());
        body.put("serviceArea", idea.serviceArea());
        body.put("strategicValues", idea.strategicValues());
        if (!idea.targetGroups().isEmpty()) {
            body.put("targetGroups", idea.targetGroups());
        }
        putUnlessNull(body, "costModel", idea.costModel());
        putUnlessNull(body, "place", idea.place());
        return body;
    }

    private static void putUnlessNull(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private Set<String> titlesOnBoard(String municipality) {
        return new IdeaBoard(client, endpoints.gateway()).idsByTitle(municipality).keySet();
    }

    private JsonNode proposals(String what, String step, String user, String method, String path, Map<String, ?> body) {
        return client.call(endpoints.proposals(), what, step, user, method, path, body);
    }
}
