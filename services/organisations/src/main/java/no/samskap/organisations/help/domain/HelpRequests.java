package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The requests for help and the interest volunteers showed in them. */
public interface HelpRequests {

    void add(HelpRequest request);

    Optional<HelpRequest> find(UUID id);

    /** Records the taking only while the request is open; false when another volunteer took it first. */
    boolean take(HelpRequest taken);

    List<HelpRequest> openIn(MunicipalityNumber municipality);

    /** False when the volunteer had already shown interest. */
    boolean addInterest(Interest interest);

    List<Interest> interestIn(UUID requestId);

    List<Interest> interestOf(String volunteerId);

    /** Interest shown before {@code shownBefore} in requests still open, not yet reminded about, oldest first. */
    List<Interest> unansweredSince(Instant shownBefore, int limit);

    void reminded(Interest interest, Instant at);
}
