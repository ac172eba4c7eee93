package no.samskap.gateway;

import io.micronaut.runtime.Micronaut;

public final class GatewayApplication {

    private GatewayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
