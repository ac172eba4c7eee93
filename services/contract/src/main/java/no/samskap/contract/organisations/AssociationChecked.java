package no.samskap.contract.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Enhetsregisteret said of the association's organisation number: {@code registerStatus} is one of
 * {@code active}, {@code not-found}, {@code deleted}, {@code bankrupt}, {@code being-wound-up}; the register's own
 * name and organisation form come with it when it gave them. Sent on registration and whenever the register's update
 * feed changes the entity.
 */
public record AssociationChecked(String associationId, String registerStatus, String registeredName,
                                 String organisationForm, boolean inFrivillighetsregisteret,
                                 LocalDate deletedOn, Instant checkedAt) {
}
