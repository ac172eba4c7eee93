package no.samskap.gateway.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A route whose handler fails the way a bug would, with internals in its message, for {@link ErrorAnswersIT}. */
@Controller("/api/test-only/failing")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "gateway-check.failing-route", value = "on")
public class FailingRouteController {

    @Get
    String fail() {
        throw new IllegalStateException("secret internals: select * from idea_board where id = 1");
    }
}
