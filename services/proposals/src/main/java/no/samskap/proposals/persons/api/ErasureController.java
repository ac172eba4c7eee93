package no.samskap.proposals.persons.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.platform.security.SignedInPerson;
import no.samskap.proposals.persons.application.AccountErasure;

import java.time.Instant;

/**
 * {@code POST /persons/me/erasure}: the caller erases their account. Accepted (202) because the erasure happens in
 * every deployable as it reads {@code person-erased}; asking again while it runs or after changes nothing.
 */
@Controller("/persons/me/erasure")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ErasureController {

    @Serdeable
    record Erasure(String requestId, Instant requestedAt) {
    }

    private final AccountErasure erasure;

    ErasureController(AccountErasure erasure) {
        this.erasure = erasure;
    }

    @Post
    HttpResponse<Erasure> erase(Authentication authentication) {
        var request = erasure.request(SignedInPerson.of(authentication));
        return HttpResponse.accepted().body(new Erasure(request.id().toString(), request.requestedAt()));
    }
}
