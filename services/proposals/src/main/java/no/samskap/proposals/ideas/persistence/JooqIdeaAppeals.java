package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.IdeaAppeal;
import no.samskap.proposals.ideas.domain.IdeaAppeals;
import no.samskap.proposals.ideas.domain.IdeaId;
import org.jooq.DSLContext;

import java.util.Optional;

/** The primary key on the idea makes a second appeal fail even when two arrive at once. */
@Singleton
class JooqIdeaAppeals implements IdeaAppeals {

    private final AppealTable table;

    JooqIdeaAppeals(DSLContext sql) {
        this.table = new AppealTable(sql, "idea_appeal", "idea_id");
    }

    @Override
    public Optional<IdeaAppeal> of(IdeaId idea) {
        return table.find(idea.value()).map(row -> new IdeaAppeal(idea, row.appellantId(), row.text(),
            row.contestedDecisionBy(), row.appealedAt(), row.decision()));
    }

    @Override
    public boolean add(IdeaAppeal appeal) {
        return table.add(appeal.ideaId().value(), appeal.appellantId(), appeal.text(), appeal.contestedDecisionBy(),
            appeal.appealedAt());
    }

    @Override
    public boolean decide(IdeaAppeal decided) {
        return table.decide(decided.ideaId().value(), decided.decision());
    }
}
