package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The offers of help, newest first in every list. */
public interface HelpOffers {

    void add(HelpOffer offer);

    Optional<HelpOffer> find(UUID id);

    /** The offer, locked until the transaction ends, so two staff cannot both answer it. */
    Optional<HelpOffer> findForDecision(UUID id);

    void decide(HelpOffer decided);

    List<HelpOffer> ofIdea(UUID ideaId, OfferStatus status);

    List<HelpOffer> ofAssociation(AssociationId associationId, OfferStatus status);

    List<HelpOffer> by(String personId);

    List<HelpOffer> waitingIn(MunicipalityNumber municipality);
}
