package no.samskap.gateway.ideas.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One public idea with its place (null for none) and its timeline: each step's status, who took it as a role
 * ({@code author}, {@code moderator}, {@code platform} or {@code municipality}; null for a publishing recorded before
 * roles were), its note (response date, answer, or the reason a response date was moved) and when. A moved response
 * date names the dates before and after; other steps leave both null. {@code byFormerParticipant}: its author erased
 * their account, and the idea stays as from a former participant.
 */
@Serdeable
public record IdeaPage(IdeaSummary idea, @Nullable String place, boolean byFormerParticipant, List<Step> timeline) {

    @Serdeable
    public record Step(String status, @Nullable String actor, String note, Instant occurredAt,
                       @Nullable LocalDate previousRespondBy, @Nullable LocalDate respondBy) {
    }
}
