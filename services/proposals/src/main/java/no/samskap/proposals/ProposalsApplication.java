package no.samskap.proposals;

import io.micronaut.runtime.Micronaut;

public final class ProposalsApplication {

    private ProposalsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ProposalsApplication.class, args);
    }
}
