package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Petition;

/** An innbyggerforslag as one viewer sees it: whether they signed it, and whether today is past its council deadline. */
public record PetitionDetails(Petition petition, boolean signedByYou, boolean overdue) {
}
