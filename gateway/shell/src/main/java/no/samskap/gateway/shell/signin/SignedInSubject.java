package no.samskap.gateway.shell.signin;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import no.samskap.platform.problem.ProblemException;

import java.util.List;

/**
 * The person's subject ({@code sub}), the id the services know them by and key their messages with; the gateway's
 * principal name is their username, which the services never see.
 */
public final class SignedInSubject {

    private SignedInSubject() {
    }

    public static String of(Authentication authentication) {
        if (authentication.getAttributes().get("sub") instanceof String subject && !subject.isBlank()) {
            return subject;
        }
        throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
            "Your sign-in names no subject; sign in again.", List.of());
    }
}
