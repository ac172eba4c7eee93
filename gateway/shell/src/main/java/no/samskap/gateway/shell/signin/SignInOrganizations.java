package no.samskap.gateway.shell.signin;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The municipalities the identity provider knows as Keycloak organizations, by kommunenummer
 * ({@code samskap.sign-in.organizations}, ADR 0059). Keycloak refuses a sign-in that asks for an organization it does
 * not have, so the gateway names only these; any other municipality signs in on the page that says "Samskap".
 */
@Singleton
final class SignInOrganizations {

    private final Set<String> known;

    SignInOrganizations(@Value("${samskap.sign-in.organizations:}") List<String> known) {
        this.known = known.stream().map(String::strip).filter(MunicipalityNumber::isValid)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** The scope that makes Keycloak's sign-in page name the municipality, if the identity provider has it. */
    Optional<String> scopeFor(String municipality) {
        return known.contains(municipality) ? Optional.of("organization:" + municipality) : Optional.empty();
    }
}
