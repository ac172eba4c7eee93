package no.samskap.gateway.shell.writes;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelayTargetTest {

    private static final String ID = "7f0c2a8e-4b1d-4c56-9a3e-2d5f8b9c1e07";
    private static final RelayTarget TARGET = new RelayTarget("things", null, Pattern.compile("/things/[A-Za-z0-9-]+"));

    @Test
    void pointsTheServicesAddressAtTheGateway() {
        assertEquals(Optional.of("/api/things/" + ID), TARGET.gatewayLocation("/things/" + ID));
    }

    @Test
    void dropsTheServicesHostFromAnAbsoluteAddress() {
        assertEquals(Optional.of("/api/things/" + ID), TARGET.gatewayLocation("http://10.0.3.7:8081/things/" + ID));
    }

    @Test
    void dropsAnAddressTheGatewayDoesNotServe() {
        assertEquals(Optional.empty(), TARGET.gatewayLocation("/municipalities/1833/settings"));
        assertEquals(Optional.empty(), TARGET.gatewayLocation("/things/" + ID + "/../../health"));
        assertEquals(Optional.empty(), TARGET.gatewayLocation("not a location"));
    }
}
