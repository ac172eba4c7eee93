package no.samskap.organisations.help.application;

import java.util.List;
import java.util.Set;

/** The volunteers of a municipality who consented to be contacted and have at least one of the skills. */
public interface MatchingVolunteers {

    List<String> consentingWithAnyOf(String municipality, Set<String> skills);
}
