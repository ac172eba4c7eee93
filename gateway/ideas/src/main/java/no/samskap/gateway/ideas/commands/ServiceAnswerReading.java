package no.samskap.gateway.ideas.commands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.services.ServiceAnswer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads from the proposals service's answer what the idea board should show once the write has reached it. Only
 * the fields it needs; an answer it cannot read means there is nothing to wait for, never a failed write.
 */
@Singleton
public final class ServiceAnswerReading {

    @Serdeable
    record IdeaView(String id, String status, @Nullable LocalDate respondBy) {
    }

    @Serdeable
    record SupportView(Integer supportCount) {
    }

    /** What the service answers of an innbyggerforslag, as far as its read model must show it. */
    @Serdeable
    record PetitionView(String status, Integer signatureCount) {
    }

    private final JsonMapper json;

    ServiceAnswerReading(JsonMapper json) {
        this.json = json;
    }

    public Optional<Expectation> ideaStatus(ServiceAnswer answer) {
        return read(answer, IdeaView.class)
            .filter(view -> view.id() != null && view.status() != null)
            .flatMap(view -> uuid(view.id()).map(id -> new Expectation.IdeaInStatus(id, view.status(),
                view.respondBy())));
    }

    Optional<Expectation> supportCount(UUID idea, ServiceAnswer answer) {
        return read(answer, SupportView.class)
            .map(SupportView::supportCount)
            .map(count -> new Expectation.SupportCount(idea, count));
    }

    Optional<PetitionView> petition(ServiceAnswer answer) {
        return read(answer, PetitionView.class).filter(view -> view.status() != null && view.signatureCount() != null);
    }

    private <T> Optional<T> read(ServiceAnswer answer, Class<T> type) {
        try {
            return Optional.ofNullable(json.readValue(answer.body(), Argument.of(type)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
