package no.samskap.proposals.ideas.api;

import io.micronaut.serde.annotation.Serdeable;
import no.samskap.proposals.ideas.application.IdeaDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
public record IdeaView(String id, String municipality, String authorId, String title, String body, String serviceArea,
                       String status, Instant submittedAt, Instant publishedAt, LocalDate respondBy, boolean overdue,
                       String answer, int supportCount, boolean qualifiesForAssessment, boolean supportedByYou,
                       int commentCount, List<Step> timeline) {

    @Serdeable
    public record Step(String status, String actorId, String note, Instant occurredAt) {
    }

    static IdeaView of(IdeaDetails details) {
        var idea = details.idea();
        return new IdeaView(idea.id().toString(), idea.municipality().number(), idea.authorId(), idea.title(), idea.body(),
            idea.serviceArea().code(), idea.status().code(), idea.submittedAt(), idea.publishedAt(), idea.respondBy(),
            details.overdue(), idea.answer(), details.supportCount(), details.qualifiesForAssessment(),
            details.supportedByViewer(), details.commentCount(), details.timeline().stream()
                .map(step -> new Step(step.status().code(), step.actorId(), step.note(), step.occurredAt())).toList());
    }
}
