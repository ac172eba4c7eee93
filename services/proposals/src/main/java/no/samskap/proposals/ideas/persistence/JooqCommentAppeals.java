package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.CommentAppeal;
import no.samskap.proposals.ideas.domain.CommentAppeals;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.IdeaId;
import org.jooq.DSLContext;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The primary key on the comment makes a second appeal fail even when two arrive at once. */
@Singleton
class JooqCommentAppeals implements CommentAppeals {

    private final AppealTable table;

    JooqCommentAppeals(DSLContext sql) {
        this.table = new AppealTable(sql, "comment_appeal", "comment_id");
    }

    @Override
    public Optional<CommentAppeal> of(CommentId comment) {
        return table.find(comment.value()).map(JooqCommentAppeals::toAppeal);
    }

    @Override
    public Map<CommentId, CommentAppeal> on(IdeaId idea) {
        return table.where("select id from idea_comment where idea_id = ?", idea.value()).stream()
            .map(JooqCommentAppeals::toAppeal).collect(Collectors.toMap(CommentAppeal::commentId, Function.identity()));
    }

    @Override
    public boolean add(CommentAppeal appeal) {
        return table.add(appeal.commentId().value(), appeal.appellantId(), appeal.text(), appeal.contestedDecisionBy(),
            appeal.appealedAt());
    }

    @Override
    public boolean decide(CommentAppeal decided) {
        return table.decide(decided.commentId().value(), decided.decision());
    }

    private static CommentAppeal toAppeal(AppealTable.Row row) {
        return new CommentAppeal(new CommentId(row.key()), row.appellantId(), row.text(), row.contestedDecisionBy(),
            row.appealedAt(), row.decision());
    }
}
