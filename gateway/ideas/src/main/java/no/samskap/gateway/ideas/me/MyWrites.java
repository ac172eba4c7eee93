package no.samskap.gateway.ideas.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.commands.IdeaCommandRelay;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** The person's appeal, sent on to the proposals service under their token, and answered once the idea shows it. */
@Singleton
class MyWrites {

    private final IdeaCommandRelay relay;
    private final ReadYourWrites readYourWrites;
    private final MyPageRows rows;
    private final JsonMapper json;

    MyWrites(IdeaCommandRelay relay, ReadYourWrites readYourWrites, MyPageRows rows, JsonMapper json) {
        this.relay = relay;
        this.readYourWrites = readYourWrites;
        this.rows = rows;
        this.json = json;
    }

    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, String personId, UUID idea, byte[] body) {
        return relay.relayUntil(request, "/ideas/" + idea + "/appeal", body,
            answer -> readYourWrites.awaitShowing("appeal of " + idea, () -> rows.appealed(personId, idea)));
    }

    Mono<MutableHttpResponse<?>> appeal(HttpRequest<?> request, String personId, UUID idea, String text) {
        return appeal(request, personId, idea, bytes(Map.of("text", text)));
    }

    /** Only a well-formed id is put into the service's path, so no path can be smuggled through it. */
    static UUID ideaId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("idea", id);
        }
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + value, e);
        }
    }
}
