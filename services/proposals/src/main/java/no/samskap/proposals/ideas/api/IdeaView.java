package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.proposals.ideas.application.IdeaDetails;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.Timelines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@Serdeable
public record IdeaView(String id, String municipality, String authorId, String title, String body, String serviceArea,
                       List<String> strategicValues, List<String> targetGroups, String costModel, String place,
                       String status, boolean hidden, String hiddenReason, Instant hiddenAt, Instant submittedAt,
                       Instant publishedAt, LocalDate respondBy, boolean overdue, String answer, int supportCount,
                       boolean qualifiesForAssessment, boolean supportedByYou, boolean followedByYou, int commentCount,
                       List<Step> timeline, String realisedByEventId, String originFeedbackId) {

    /**
     * {@code moderation} names a step beside the lifecycle, which keeps the status: {@code hidden}, {@code restored},
     * {@code edited}, {@code appealed}, {@code appeal-upheld}, {@code appeal-dismissed} or
     * {@code response-date-changed}; null for a change of status. A change of the response date names the date before
     * ({@code previousRespondBy}) and after ({@code respondBy}), its reason as the note; other steps leave both null.
     * The step that realised the idea names the events service's event that did ({@code eventId}), null when staff
     * marked it realised by hand (their reference is the note) and on every other step.
     */
    @Serdeable
    public record Step(String status, String moderation, String actorId, String note, Instant occurredAt,
                       LocalDate previousRespondBy, LocalDate respondBy, String eventId) {
    }

    /**
     * As an anonymous caller sees it: without the Keycloak subject ids of its author and of the staff on its timeline
     * (ADR 0055). A signed-in caller needs the author's to know whether the idea is their own.
     */
    IdeaView withoutSubjectIds() {
        return new IdeaView(id, municipality, null, title, body, serviceArea, strategicValues, targetGroups, costModel,
            place, status, hidden, hiddenReason, hiddenAt, submittedAt, publishedAt, respondBy, overdue, answer,
            supportCount, qualifiesForAssessment, supportedByYou, followedByYou, commentCount,
            timeline.stream().map(step -> new Step(step.status(), step.moderation(), null, step.note(),
                step.occurredAt(), step.previousRespondBy(), step.respondBy(), step.eventId())).toList(),
            realisedByEventId, originFeedbackId);
    }

    static IdeaView of(IdeaDetails details) {
        var idea = details.idea();
        var hiding = Optional.ofNullable(idea.hiding());
        return new IdeaView(idea.id().toString(), idea.municipality().number(), idea.authorId(), idea.title(), idea.body(),
            idea.serviceArea().code(), idea.classification().strategicValues(),
            idea.classification().targetGroupCodes(), idea.classification().costModel().code(),
            idea.classification().place(), idea.status().code(), hiding.isPresent(),
            hiding.map(Idea.Hiding::reason).orElse(null), hiding.map(Idea.Hiding::hiddenAt).orElse(null),
            idea.submittedAt(), idea.publishedAt(), idea.respondBy(), details.overdue(), idea.answer(),
            details.supportCount(), details.qualifiesForAssessment(), details.supportedByViewer(), details.followedByViewer(),
            details.commentCount(), details.timeline().stream()
                .map(step -> new Step(step.status().code(),
                    step.moderation() == null ? null : step.moderation().toLowerCase(Locale.ROOT).replace('_', '-'), step.actorId(),
                    step.note(), step.occurredAt(), step.previousRespondBy(), step.respondBy(),
                    step.eventId() == null ? null : step.eventId().toString())).toList(),
            details.timeline().stream().map(Timelines.Step::eventId).filter(Objects::nonNull).reduce((first, last) -> last)
                .map(UUID::toString).orElse(null),
            details.originFeedbackId() == null ? null : details.originFeedbackId().toString());
    }
}
