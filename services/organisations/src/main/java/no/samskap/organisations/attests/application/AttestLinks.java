package no.samskap.organisations.attests.application;

import no.samskap.organisations.associations.domain.AssociationId;

/** The gateway pages a politiattest notice links to. */
final class AttestLinks {

    static final String VOLUNTEER_PAGE = "/meg/politiattest";

    private AttestLinks() {
    }

    static String officersPage(AssociationId association) {
        return "/foreninger/" + association + "/politiattest";
    }
}
