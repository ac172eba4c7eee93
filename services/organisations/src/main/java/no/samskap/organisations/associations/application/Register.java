package no.samskap.organisations.associations.application;

import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.RegisterFacts;

import java.time.Instant;
import java.util.List;

/**
 * Enhetsregisteret, as the organisations service needs it. Each call either answers or throws
 * {@link RegisterUnavailable} (a timeout, a server error, an answer it cannot read); the caller then keeps what it
 * had and tries again later.
 */
public interface Register {

    /** The entity's facts: active, bankrupt, being wound up, deleted (a 410 or a {@code slettedato}), or not found. */
    RegisterFacts lookUp(OrganisationNumber number);

    /** The entity's roles (board, chair, contact person) for staff verifying it; never stored. */
    List<BoardRole> rolesOf(OrganisationNumber number);

    /** Changes to entities after {@code afterUpdateId}, oldest first, at most {@code size} of them. */
    List<RegisterUpdate> updatesAfter(long afterUpdateId, int size);

    /**
     * Changes to entities published at or after {@code time}, oldest first, at most {@code size} of them: where a
     * follower that has never read the feed starts, instead of at the register's first update.
     */
    List<RegisterUpdate> updatesSince(Instant time, int size);

    /**
     * One role from the register's {@code /roller}: e.g. "LEDE", "Styrets leder", "Ola Nordmann". The holder is a
     * person or, for roles such as auditor, an organisation; {@code personName} is then the organisation's name.
     */
    record BoardRole(String roleCode, String roleDescription, String personName, boolean resigned) {
    }

    /** One entry of the register's update feed ({@code oppdateringer}): {@code changeType} as the register says it. */
    record RegisterUpdate(long updateId, OrganisationNumber number, String changeType) {
    }

    /** The register did not answer usefully this time. */
    final class RegisterUnavailable extends RuntimeException {
        public RegisterUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
