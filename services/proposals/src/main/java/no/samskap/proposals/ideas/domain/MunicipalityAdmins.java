package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.List;

/** The admins of each municipality that this service has met, by their subject. */
public interface MunicipalityAdmins {

    void met(Municipality municipality, String personId, Instant at);

    List<String> of(Municipality municipality);
}
