package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Idea;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.IdeaStatus;
import no.samskap.proposals.ideas.domain.Ideas;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.ServiceArea;

import java.util.Optional;

@Singleton
class JdbcIdeas implements Ideas {

    private final IdeaRows rows;

    JdbcIdeas(IdeaRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(Idea idea) {
        rows.save(toRow(idea));
    }

    @Override
    public Idea update(Idea idea) {
        return toIdea(rows.update(toRow(idea)));
    }

    @Override
    public Optional<Idea> find(IdeaId id) {
        return rows.findById(id.value()).map(JdbcIdeas::toIdea);
    }

    private static IdeaRow toRow(Idea idea) {
        return new IdeaRow(idea.id().value(), idea.municipality().number(), idea.authorId(), idea.title(), idea.body(),
            idea.serviceArea().code(), idea.status().name(), idea.submittedAt(), idea.publishedAt(), idea.respondBy(),
            idea.answer(), idea.version());
    }

    private static Idea toIdea(IdeaRow row) {
        return new Idea(new IdeaId(row.id()), new Municipality(row.municipality()), row.authorId(), row.title(), row.body(),
            ServiceArea.fromCode(row.serviceArea()).orElseThrow(), IdeaStatus.valueOf(row.status()), row.submittedAt(),
            row.publishedAt(), row.respondBy(), row.answer(), row.version());
    }
}
