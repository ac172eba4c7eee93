package no.samskap.organisations;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.domain.RegisterFacts;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The register's roles as a test needs them, for ITs started with {@code samskap.test.register=recorded-roles}: every
 * number has a chair and a resigned deputy, except numbers a test said the register should not answer for. It looks
 * nothing up and follows no feed, so it leaves registrations unchecked.
 */
@Singleton
@Replaces(Register.class)
@Requires(property = "samskap.test.register", value = "recorded-roles")
public class RecordedRegisterRoles implements Register {

    public static final String PROPERTY = "samskap.test.register";
    public static final String VALUE = "recorded-roles";

    private static final Set<String> UNANSWERED = ConcurrentHashMap.newKeySet();

    public static void answerNothingFor(String organisationNumber) {
        UNANSWERED.add(organisationNumber);
    }

    @Override
    public RegisterFacts lookUp(OrganisationNumber number) {
        throw new RegisterUnavailable("the recorded register answers only for roles", null);
    }

    @Override
    public List<BoardRole> rolesOf(OrganisationNumber number) {
        if (UNANSWERED.contains(number.value())) {
            throw new RegisterUnavailable("the register timed out for " + number.value(), null);
        }
        return List.of(new BoardRole("LEDE", "Styrets leder", "Kari Nordmann", false),
            new BoardRole("NEST", "Nestleder", "Ola Nordmann", true));
    }

    @Override
    public List<RegisterUpdate> updatesAfter(long afterUpdateId, int size) {
        return List.of();
    }
}
