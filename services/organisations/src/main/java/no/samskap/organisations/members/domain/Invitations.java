package no.samskap.organisations.members.domain;

import no.samskap.organisations.associations.domain.AssociationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invitations admins have sent. */
public interface Invitations {

    /** Adds the invitation unless the invitee already has an open one to the association; false if they have. */
    boolean addIfNoneOpen(Invitation invitation);

    /** The invitation, locked until the transaction ends so it is answered once. */
    Optional<Invitation> findForAnswer(UUID id);

    void answer(Invitation answered);

    List<Invitation> openFor(String inviteeId);

    List<Invitation> openIn(AssociationId association);
}
