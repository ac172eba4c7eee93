package no.samskap.gateway.shell.testmodule;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.RelayTarget;
import no.samskap.gateway.shell.writes.WriteRelay;
import reactor.core.publisher.Mono;

import java.util.List;

/** The test-only module's routes: a read from its own read model, and a write relayed through the shell. */
@Controller("/api/extra/things")
@Requires(property = ExtraModule.SWITCH, value = "on")
class ExtraController {

    private final WriteRelay relay;
    private final RelayTarget extra;

    ExtraController(WriteRelay relay, RelayTarget extra) {
        this.relay = relay;
        this.extra = extra;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(MediaType.APPLICATION_JSON)
    List<String> things() {
        return List.of("Lydstudio");
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_JSON)
    Mono<MutableHttpResponse<?>> add(HttpRequest<?> request, @Body @Nullable byte[] thing) {
        return relay.relay(request, extra, "/things", thing, ReadYourWrites.NOTHING_TO_WAIT_FOR);
    }
}
