package no.samskap.gateway.shell.web;

import no.samskap.contract.MunicipalityNumber;

import java.util.Optional;

/**
 * Where the header's "Logg inn" leads. From a municipality's page it names the municipality, so the sign-in page can
 * name it too ({@code shell.signin.SignInPageHints}, ADR 0059).
 */
public final class SignInAddress {

    public static final String PATH = "/logg-inn";
    /** The query parameter that carries the kommunenummer from the page to the authorization request. */
    public static final String MUNICIPALITY_PARAMETER = "kommune";

    private SignInAddress() {
    }

    static String from(Optional<String> municipality) {
        return municipality.filter(MunicipalityNumber::isValid)
            .map(number -> PATH + "?" + MUNICIPALITY_PARAMETER + "=" + number)
            .orElse(PATH);
    }
}
