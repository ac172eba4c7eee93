package no.samskap.organisations;

import io.micronaut.runtime.Micronaut;

public final class OrganisationsApplication {

    private OrganisationsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(OrganisationsApplication.class, args);
    }
}
