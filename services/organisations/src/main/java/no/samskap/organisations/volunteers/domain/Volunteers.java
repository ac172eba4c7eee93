package no.samskap.organisations.volunteers.domain;

import java.util.List;
import java.util.Optional;

/** The volunteer profiles the service keeps, one per person. */
public interface Volunteers {

    Optional<VolunteerProfile> find(String personId);

    /** Stores the profile, replacing the person's earlier one. */
    void save(VolunteerProfile profile);

    void remove(String personId);

    /** Profiles that match and whose volunteer agreed to be contacted, at most {@code limit}. */
    List<VolunteerProfile> findable(VolunteerSearch search, int limit);
}
