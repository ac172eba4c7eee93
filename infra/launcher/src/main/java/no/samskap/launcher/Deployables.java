package no.samskap.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the launcher starts, in start order: each one only after those before it answer on /health. */
final class Deployables {

    static final String ENTRY_POINT = "gateway";

    private Deployables() {
    }

    static List<Deployable> standard(PortSettings ports) {
        var proposals = new Deployable("proposals", Path.of("services/proposals/target/samskap-proposals.jar"),
            ports.portFor("proposals", 8081), "proposals", Map.of());
        var organisations = new Deployable("organisations",
            Path.of("services/organisations/target/samskap-organisations.jar"), ports.portFor("organisations", 8082),
            "organisations", Map.of());
        var events = new Deployable("events", Path.of("services/events/target/samskap-events.jar"),
            ports.portFor("events", 8083), "events", Map.of());
        var feedback = new Deployable("feedback", Path.of("services/feedback/target/samskap-feedback.jar"),
            ports.portFor("feedback", 8084), "feedback", Map.of());
        var gateway = new Deployable(ENTRY_POINT, Path.of("gateway/app/target/samskap-gateway.jar"),
            ports.portFor(ENTRY_POINT, 8080), "gateway", Map.of("SAMSKAP_PROPOSALS_URL", proposals.baseUrl(),
            "SAMSKAP_ORGANISATIONS_URL", organisations.baseUrl(), "SAMSKAP_EVENTS_URL", events.baseUrl(),
            "SAMSKAP_FEEDBACK_URL", feedback.baseUrl()));
        return List.of(proposals, organisations, events, feedback, gateway);
    }
}
