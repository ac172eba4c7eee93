package no.samskap.gateway.ideas.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.ideas.proposals.ProposalsClient;
import no.samskap.gateway.shell.services.ServiceCall;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.platform.privacy.FormerParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What only the proposals service knows about an idea, asked with the viewer's own token: whether they wrote it,
 * support or follow it, and the discussion as they may see it. The board holds none of this (no personal data), so
 * the page asks rather than guesses; when the service does not answer, the page shows the idea without them.
 */
@Singleton
public final class ProposalsReading {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalsReading.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Serdeable
    record IdeaForViewer(String id, String municipality, @Nullable String authorId, String title, String body,
                         String serviceArea, @Nullable List<String> strategicValues, @Nullable List<String> targetGroups,
                         @Nullable String costModel, @Nullable String place, String status, boolean supportedByYou,
                         boolean followedByYou, @Nullable Boolean hidden, @Nullable String hiddenReason) {

        /** Hidden from the public while this viewer, its author, may still read it and why. */
        boolean hiddenFromOthersFor(String subject) {
            return Boolean.TRUE.equals(hidden) && authorId != null && authorId.equals(subject);
        }
    }

    /**
     * {@code authorId} is null for a visitor, who learns only whether the author erased their account. The author and
     * staff also get a hidden comment's {@code hiddenReason} and its {@code appeal} ({@code pending}, {@code upheld},
     * {@code dismissed}; null before any).
     */
    @Serdeable
    record Comment(String id, @Nullable String parentId, @Nullable String authorId, @Nullable Boolean official,
                   @Nullable String body, Instant writtenAt, @Nullable Instant editedAt, boolean hidden,
                   boolean editableByYou, @Nullable Boolean byFormerParticipant, @Nullable String hiddenReason,
                   @Nullable String appeal) {

        boolean writtenByFormerParticipant() {
            return Boolean.TRUE.equals(byFormerParticipant) || FormerParticipant.is(authorId);
        }
    }

    @Serdeable
    record Thread(Comment comment, List<Comment> answers) {
    }

    @Serdeable
    record Threads(List<Thread> threads) {
    }

    /** Of an innbyggerforslag, only what the gateway's read model cannot know: the viewer's own signature. */
    @Serdeable
    record PetitionForViewer(boolean signedByYou) {
    }

    /** What a municipality's ideas may be about: its service areas, and its strategic values with their names. */
    @Serdeable
    public record IdeaChoices(List<String> serviceAreas, List<StrategicValue> strategicValues) {
    }

    @Serdeable
    public record StrategicValue(String code, String name) {
    }

    private final ProposalsClient proposals;
    private final AccessTokens accessTokens;
    private final JsonMapper json;

    ProposalsReading(ProposalsClient proposals, AccessTokens accessTokens, JsonMapper json) {
        this.proposals = proposals;
        this.accessTokens = accessTokens;
        this.json = json;
    }

    Optional<IdeaForViewer> idea(HttpRequest<?> request, UUID idea) {
        return read(request, "/ideas/" + idea, IdeaForViewer.class);
    }

    Optional<List<Thread>> comments(HttpRequest<?> request, UUID idea) {
        return read(request, "/ideas/" + idea + "/comments", Threads.class).map(Threads::threads);
    }

    /** Whether the viewer signed the idea's innbyggerforslag; false when the service does not say. */
    boolean signedPetition(HttpRequest<?> request, UUID idea) {
        return read(request, "/ideas/" + idea + "/petition", PetitionForViewer.class)
            .map(PetitionForViewer::signedByYou).orElse(false);
    }

    /** The choices the submit and edit forms offer, with the strategic values' names; public, so asked without a token. */
    public Optional<IdeaChoices> choices(String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            return Optional.empty();
        }
        return read(null, "/municipalities/" + municipality + "/idea-choices", IdeaChoices.class);
    }

    /** {@code request} null: asked anonymously. */
    private <T> Optional<T> read(@Nullable HttpRequest<?> request, String path, Class<T> type) {
        var token = request == null ? null : accessTokens.toRelay(request).orElse(null);
        var call = new ServiceCall(HttpMethod.GET, path, Optional.empty(), token);
        try {
            var answer = proposals.send(call).block(PATIENCE);
            if (answer == null || !answer.succeeded()) {
                return Optional.empty();
            }
            return Optional.ofNullable(json.readValue(answer.body(), Argument.of(type)));
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not read {} from the proposals service ({}); the page goes without it.", path,
                failure.getMessage());
            return Optional.empty();
        }
    }
}
