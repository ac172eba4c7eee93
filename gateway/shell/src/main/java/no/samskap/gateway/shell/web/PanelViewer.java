package no.samskap.gateway.shell.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * Who a page with panels is rendered for: their language, their sign-in if any (roles and claims, as the shell
 * validated them), the CSRF token every form on the page must post, and the query the page was asked with (a
 * panel's own form may come back with a confirmation or a refusal in it).
 */
public record PanelViewer(Texts texts, @Nullable Authentication signedIn, String csrfToken,
                          HttpParameters query) {

    public Optional<Authentication> authentication() {
        return Optional.ofNullable(signedIn);
    }

    /** The subject the services key the person's data by, when they are signed in. */
    public Optional<String> subject() {
        return authentication().flatMap(auth -> auth.getAttributes().get("sub") instanceof String sub
            && !sub.isBlank() ? Optional.of(sub) : Optional.empty());
    }
}
