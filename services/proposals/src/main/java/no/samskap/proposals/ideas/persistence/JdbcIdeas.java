package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Classification;
import no.samskap.proposals.ideas.domain.CostModel;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.ServiceArea;
import no.samskap.proposals.ideas.domain.TargetGroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcIdeas implements Ideas {

    private final IdeaRows rows;

    JdbcIdeas(IdeaRows rows) {
        this.rows = rows;
    }

    @Override
    public Idea add(Idea idea) {
        return toIdea(rows.save(toRow(idea)));
    }

    @Override
    public Idea update(Idea idea) {
        return toIdea(rows.update(toRow(idea)));
    }

    @Override
    public Optional<Idea> find(IdeaId id) {
        return rows.findById(id.value()).map(JdbcIdeas::toIdea);
    }

    @Override
    public List<Idea> shownToThePublicBy(Municipality municipality, String authorId) {
        return rows.findShownToThePublic(municipality.number(), authorId).stream().map(JdbcIdeas::toIdea).toList();
    }

    @Override
    public Optional<Idea> recentWithTitle(Municipality municipality, String authorId, String title, Instant since) {
        return rows.findRecentWithTitle(municipality.number(), authorId, title, since).map(JdbcIdeas::toIdea);
    }

    private static IdeaRow toRow(Idea idea) {
        var hiding = Optional.ofNullable(idea.hiding());
        return new IdeaRow(idea.id().value(), idea.municipality().number(), idea.authorId(), idea.title(), idea.body(),
            idea.serviceArea().code(), String.join(",", idea.classification().strategicValues()),
            String.join(",", idea.classification().targetGroupCodes()), idea.classification().costModel().code(),
            idea.classification().place(), idea.status().name(), hiding.map(Idea.Hiding::reason).orElse(null),
            hiding.map(h -> h.hiddenBy().id()).orElse(null), hiding.map(Idea.Hiding::hiddenAt).orElse(null),
            idea.submittedAt(), idea.publishedAt(), idea.respondBy(),
            idea.answer(), idea.version());
    }

    private static Idea toIdea(IdeaRow row) {
        return new Idea(new IdeaId(row.id()), new Municipality(row.municipality()), row.authorId(), row.title(), row.body(),
            classificationOf(row), IdeaStatus.valueOf(row.status()), hidingOf(row), row.submittedAt(),
            row.publishedAt(), row.respondBy(), row.answer(), row.version());
    }

    private static Classification classificationOf(IdeaRow row) {
        return new Classification(ServiceArea.fromCode(row.serviceArea()).orElseThrow(), codes(row.strategicValues()),
            codes(row.targetGroups()).stream().map(code -> TargetGroup.fromCode(code).orElseThrow()).toList(),
            CostModel.fromCode(row.costModel()).orElseThrow(), row.place());
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static Idea.Hiding hidingOf(IdeaRow row) {
        return row.hiddenAt() == null ? null
            : new Idea.Hiding(row.hiddenReason(), new Actor(row.hiddenBy()), row.hiddenAt());
    }
}
