package no.samskap.organisations.help.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpOffers;
import no.samskap.organisations.help.domain.OfferStatus;
import no.samskap.platform.security.SignedInPerson;

import java.util.List;

/** Accepted offers on an idea's and an association's page, a person's own offers, and those staff must answer. */
@Singleton
public class HelpOfferLists {

    private final HelpOffers offers;
    private final AssociationRights rights;

    HelpOfferLists(HelpOffers offers, AssociationRights rights) {
        this.offers = offers;
        this.rights = rights;
    }

    @Transactional(readOnly = true)
    public List<HelpOffer> acceptedForIdea(String ideaId) {
        return Ids.parse(ideaId).map(idea -> offers.ofIdea(idea, OfferStatus.ACCEPTED)).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<HelpOffer> acceptedOfAssociation(String associationId) {
        return offers.ofAssociation(rights.existing(associationId).id(), OfferStatus.ACCEPTED);
    }

    @Transactional(readOnly = true)
    public List<HelpOffer> madeBy(SignedInPerson person) {
        return offers.by(person.subject());
    }

    @Transactional(readOnly = true)
    public List<HelpOffer> waitingFor(SignedInPerson staff) {
        if (!staff.isStaffOf(staff.municipality())) {
            throw Refusal.forbidden("only the municipality's staff answer offers");
        }
        return offers.waitingIn(new MunicipalityNumber(staff.municipality()));
    }

    /** The offer as its offerer or the staff of its municipality see it; 404 for anyone else. */
    @Transactional(readOnly = true)
    public HelpOffer seenBy(SignedInPerson person, String offerId) {
        return offers.find(Ids.inPath("offer", offerId))
            .filter(offer -> offer.offeredBy().equals(person.subject())
                || person.isStaffOf(offer.municipality().value()) || offer.isAccepted())
            .orElseThrow(() -> Refusal.notFound("no offer " + offerId));
    }
}
