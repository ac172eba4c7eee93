package no.samskap.organisations.hours.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every volunteer's logged hours. */
public interface HoursLog {

    void add(HoursEntry entry);

    /** The entry, locked until the transaction ends, so two admins cannot both decide on it. */
    Optional<HoursEntry> findForDecision(UUID id);

    void decide(HoursEntry decided);

    /** Whether the volunteer's hours of this shift are logged already (a check-in read twice). */
    boolean hasShift(UUID shiftId, String volunteerId);

    /** The volunteer's entries, newest day first. */
    List<HoursEntry> of(String volunteerId);

    List<HoursEntry> approvedOf(String volunteerId);

    List<HoursEntry> waitingForAssociation(AssociationId associationId);

    /** Hours on volunteers' own offers in the municipality, which its staff approve. */
    List<HoursEntry> waitingForStaff(MunicipalityNumber municipality);
}
