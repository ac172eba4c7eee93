package no.samskap.gateway.ideas.commands;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelayedAnswersTest {

    private static final String ID = "7f0c2a8e-4b1d-4c56-9a3e-2d5f8b9c1e07";

    @Test
    void pointsTheServicesIdeaAddressAtTheGateway() {
        assertEquals(Optional.of("/api/ideas/" + ID), RelayedAnswers.gatewayLocation("/ideas/" + ID));
    }

    @Test
    void dropsTheServicesHostFromAnAbsoluteAddress() {
        assertEquals(Optional.of("/api/ideas/" + ID), RelayedAnswers.gatewayLocation("http://10.0.3.7:8081/ideas/" + ID));
    }

    @Test
    void dropsAnAddressThatIsNoIdeaOfTheService() {
        assertEquals(Optional.empty(), RelayedAnswers.gatewayLocation("/municipalities/1833/settings"));
        assertEquals(Optional.empty(), RelayedAnswers.gatewayLocation("/ideas/" + ID + "/../../health"));
        assertEquals(Optional.empty(), RelayedAnswers.gatewayLocation("not a location"));
    }
}
