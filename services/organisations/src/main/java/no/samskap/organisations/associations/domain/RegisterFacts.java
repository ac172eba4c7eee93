package no.samskap.organisations.associations.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an answer from Enhetsregisteret says of one organisation number. A deleted entity may come with only its
 * name, form and deletion date; a number the register does not know comes with nothing but the status.
 */
public record RegisterFacts(RegisterStatus status, String registeredName, String organisationForm, String address,
                            boolean inFrivillighetsregisteret, LocalDate deletedOn, Instant checkedAt) {

    public RegisterFacts withCheckedAt(Instant at) {
        return new RegisterFacts(status, registeredName, organisationForm, address, inFrivillighetsregisteret, deletedOn,
            at);
    }

    public static RegisterFacts notFound(Instant checkedAt) {
        return new RegisterFacts(RegisterStatus.NOT_FOUND, null, null, null, false, null, checkedAt);
    }

    public static RegisterFacts deleted(String name, String form, LocalDate deletedOn, Instant checkedAt) {
        return new RegisterFacts(RegisterStatus.DELETED, name, form, null, false, deletedOn, checkedAt);
    }
}
