package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpRequest;
import no.samskap.organisations.help.domain.HelpRequests;
import no.samskap.organisations.help.domain.Interest;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** Open requests of a municipality, one request, who showed interest in it, and a volunteer's own interest. */
@Singleton
public class HelpRequestLists {

    private final HelpRequests requests;
    private final AssociationRights rights;

    HelpRequestLists(HelpRequests requests, AssociationRights rights) {
        this.requests = requests;
        this.rights = rights;
    }

    /** A volunteer's interest with the request it was shown in. */
    public record InterestShown(HelpRequest request, Interest interest) {
    }

    @Transactional(readOnly = true)
    public List<HelpRequest> openIn(SignedInPerson person) {
        return requests.openIn(new MunicipalityNumber(person.municipality()));
    }

    @Transactional(readOnly = true)
    public HelpRequest seenBy(SignedInPerson person, String requestId) {
        return requests.find(Ids.inPath("request", requestId))
            .filter(request -> request.municipality().value().equals(person.municipality()))
            .orElseThrow(() -> Refusal.notFound("no request " + requestId + " in your municipality"));
    }

    /** Who showed interest: for the one who asked, the association's admins and the municipality's staff. */
    @Transactional(readOnly = true)
    public List<Interest> interestIn(SignedInPerson person, String requestId) {
        var request = seenBy(person, requestId);
        var mayAnswer = person.subject().equals(request.requestedBy()) || person.isStaffOf(person.municipality())
            || request.associationId() != null && rights.isAdmin(request.associationId(), person.subject());
        if (!mayAnswer) {
            throw Refusal.forbidden("only the one who asked for help, the association's admins and the staff may see"
                + " who showed interest");
        }
        return requests.interestIn(request.id());
    }

    @Transactional(readOnly = true)
    public List<InterestShown> interestOf(SignedInPerson volunteer) {
        return requests.interestOf(volunteer.subject()).stream()
            .map(interest -> new InterestShown(requests.find(interest.requestId()).orElseThrow(), interest))
            .toList();
    }
}
