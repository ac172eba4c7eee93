package no.samskap.gateway.feedback.service;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.writes.ReadYourWrites;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.gateway.shell.writes.WriteRelay;
import no.samskap.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The feedback service asked with the person's own token: what only it knows (who gave what, private answers, who
 * may give feedback on an event, the moderation queue) and every write, relayed so the service decides who may.
 */
@Singleton
public final class FeedbackService {

    /** What the service said: the value, or none with the status (404 when there is none, 503 when it was down). */
    public record Answered<T>(Optional<T> value, int status) {

        public boolean unavailable() {
            return status >= 500;
        }
    }

    /** A refusal in the words the pages translate: the field at fault, or else the rule the service named. */
    public record Refusal(int status, Optional<String> field, Optional<String> rule) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackService.class);
    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final FeedbackClient client;
    private final WriteRelay relay;
    private final ReadYourWrites readYourWrites;
    private final JsonMapper json;

    FeedbackService(FeedbackClient client, WriteRelay relay, ReadYourWrites readYourWrites, JsonMapper json) {
        this.client = client;
        this.relay = relay;
        this.readYourWrites = readYourWrites;
        this.json = json;
    }

    public Answered<ServiceViews.Eligibility> eligibility(String accessToken, String eventId) {
        return read("/events/" + eventId + "/feedback-eligibility", accessToken,
            Argument.of(ServiceViews.Eligibility.class));
    }

    /** One piece of feedback as this person may see it; {@code accessToken} null for a visitor. */
    public Answered<ServiceViews.Feedback> feedback(@Nullable String accessToken, String id) {
        return read("/feedback/" + id, accessToken, Argument.of(ServiceViews.Feedback.class));
    }

    public Answered<List<ServiceViews.Feedback>> mine(String accessToken) {
        return read("/me/feedback", accessToken, Argument.listOf(ServiceViews.Feedback.class));
    }

    /** Reported or hidden feedback of the municipality, for its staff. */
    public Answered<List<ServiceViews.Feedback>> moderationQueue(String accessToken, String municipality) {
        return read("/moderation/feedback?municipality=" + municipality, accessToken,
            Argument.listOf(ServiceViews.Feedback.class));
    }

    /** How the municipality moderates feedback, for its admins. */
    public Answered<ServiceViews.Settings> settings(String accessToken, String municipality) {
        return read("/municipalities/" + municipality + "/feedback-settings", accessToken,
            Argument.of(ServiceViews.Settings.class));
    }

    /** A write, answered once {@code shown} is true of the read model, or at once when it is null. */
    public WriteOutcome write(HttpRequest<?> request, HttpMethod method, String servicePath, @Nullable Object body,
                              @Nullable Callable<Boolean> shown) {
        return relay.send(request, client.relayTarget(), method, servicePath, body == null ? null : bytes(body),
                answer -> shown == null ? ReadYourWrites.NOTHING_TO_WAIT_FOR.apply(answer)
                    : readYourWrites.awaitShowing(servicePath, shown))
            .blockOptional(PATIENCE).orElseThrow();
    }

    /** What the body of a successful answer says, read as {@code type}. */
    public <T> Optional<T> body(WriteOutcome outcome, Class<T> type) {
        return outcome.answer().flatMap(answer -> {
            try {
                return Optional.ofNullable(json.readValue(answer.body(), Argument.of(type)));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    public Refusal refusal(WriteOutcome outcome) {
        var status = switch (outcome.kind()) {
            case ANSWERED -> outcome.answer().orElseThrow().status();
            case NOT_SIGNED_IN -> 401;
            default -> 503;
        };
        var problem = status == 503 ? Optional.<Problem>empty() : body(outcome, Problem.class);
        var field = problem.flatMap(found -> Optional.ofNullable(found.errors()).orElse(List.of()).stream()
            .map(Problem.InvalidField::field).filter(name -> name != null && !name.isBlank()).findFirst());
        var rule = problem.map(Problem::type).filter(type -> type != null && type.startsWith(Problem.TYPE_BASE))
            .map(type -> type.substring(Problem.TYPE_BASE.length()));
        return new Refusal(status, field, rule);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException unwritable) {
            throw new IllegalStateException("Could not write a request body for the feedback service", unwritable);
        }
    }

    private <T> Answered<T> read(String path, @Nullable String accessToken, Argument<T> type) {
        try {
            var answer = client.send(new ServiceCall(HttpMethod.GET, path, Optional.empty(), accessToken))
                .block(PATIENCE);
            if (answer == null) {
                return new Answered<>(Optional.empty(), 503);
            }
            if (!answer.succeeded()) {
                return new Answered<>(Optional.empty(), answer.status());
            }
            return new Answered<>(Optional.ofNullable(json.readValue(answer.body(), type)), answer.status());
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not read {} from the feedback service ({}); the page goes without it.", path,
                failure.getMessage());
            return new Answered<>(Optional.empty(), 503);
        }
    }
}
