package no.samskap.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeployablesTest {

    @Test
    void startsTheServicesBeforeTheGatewayOnTheirUsualPorts() {
        var deployables = Deployables.standard(new PortSettings(Map.of()));

        assertEquals(List.of("proposals", "organisations", "events", "feedback", "gateway"),
            deployables.stream().map(Deployable::name).toList());
        assertEquals(new Deployable("proposals", Path.of("services/proposals/target/samskap-proposals.jar"), 8081,
            "proposals", Map.of()), deployables.get(0));
        assertEquals(new Deployable("organisations",
            Path.of("services/organisations/target/samskap-organisations.jar"), 8082, "organisations", Map.of()),
            deployables.get(1));
        assertEquals(new Deployable("events", Path.of("services/events/target/samskap-events.jar"), 8083, "events",
            Map.of()), deployables.get(2));
        assertEquals(new Deployable("feedback", Path.of("services/feedback/target/samskap-feedback.jar"), 8084,
            "feedback", Map.of()), deployables.get(3));
        assertEquals(new Deployable("gateway", Path.of("gateway/app/target/samskap-gateway.jar"), 8080, "gateway",
            Map.of("SAMSKAP_PROPOSALS_URL", "http://127.0.0.1:8081",
                "SAMSKAP_ORGANISATIONS_URL", "http://127.0.0.1:8082", "SAMSKAP_EVENTS_URL", "http://127.0.0.1:8083",
                "SAMSKAP_FEEDBACK_URL", "http://127.0.0.1:8084")),
            deployables.get(4));
    }

    @Test
    void makesTheGatewayTheEntryPoint() {
        var deployables = Deployables.standard(new PortSettings(Map.of()));

        assertEquals(List.of(false, false, false, false, true), deployables.stream().map(Deployable::isEntryPoint).toList());
    }

    @Test
    void tellsTheGatewayWhereTheServicesListenWhenTheirPortsAreChosen() {
        var deployables = Deployables.standard(new PortSettings(Map.of(
            "SAMSKAP_PROPOSALS_PORT", "18081", "SAMSKAP_ORGANISATIONS_PORT", "18082", "SAMSKAP_EVENTS_PORT", "18083",
            "SAMSKAP_FEEDBACK_PORT", "18084", "SAMSKAP_GATEWAY_PORT", "18080")));

        assertEquals(18081, deployables.get(0).port());
        assertEquals(18082, deployables.get(1).port());
        assertEquals(18083, deployables.get(2).port());
        assertEquals(18084, deployables.get(3).port());
        assertEquals(18080, deployables.get(4).port());
        var gatewayEnvironment = deployables.get(4).extraEnv();
        assertEquals("http://127.0.0.1:18081", gatewayEnvironment.get("SAMSKAP_PROPOSALS_URL"));
        assertEquals("http://127.0.0.1:18082", gatewayEnvironment.get("SAMSKAP_ORGANISATIONS_URL"));
        assertEquals("http://127.0.0.1:18083", gatewayEnvironment.get("SAMSKAP_EVENTS_URL"));
        assertEquals("http://127.0.0.1:18084", gatewayEnvironment.get("SAMSKAP_FEEDBACK_URL"));
    }
}
