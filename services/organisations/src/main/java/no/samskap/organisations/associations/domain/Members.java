package no.samskap.organisations.associations.domain;

import java.util.List;
import java.util.Optional;

/** Who belongs to which association, and as what. */
public interface Members {

    void add(Membership membership);

    Optional<Membership> find(AssociationId association, String personId);

    List<Membership> of(AssociationId association);

    List<Membership> ofPerson(String personId);

    void changeRole(AssociationId association, String personId, MemberRole role);

    void remove(AssociationId association, String personId);

    /** Admins of the association, counted in the same transaction that is about to remove or demote one. */
    int adminCount(AssociationId association);
}
