package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Actor;
import no.samskap.proposals.ideas.domain.Comment;
import no.samskap.proposals.ideas.domain.CommentId;
import no.samskap.proposals.ideas.domain.Comments;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.proposals.ideas.domain.Municipality;

import java.util.List;
import java.util.Optional;

@Singleton
class JdbcComments implements Comments {

    private final CommentRows rows;

    JdbcComments(CommentRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(Comment comment) {
        rows.save(toRow(comment));
    }

    @Override
    public Comment update(Comment comment) {
        return toComment(rows.update(toRow(comment)));
    }

    @Override
    public Optional<Comment> find(CommentId id) {
        return rows.findById(id.value()).map(JdbcComments::toComment);
    }

    @Override
    public List<Comment> on(IdeaId idea) {
        return rows.findOnIdea(idea.value()).stream().map(JdbcComments::toComment).toList();
    }

    @Override
    public List<Comment> shownBy(Municipality municipality, String authorId) {
        return rows.findShownBy(municipality.number(), authorId).stream().map(JdbcComments::toComment).toList();
    }

    @Override
    public int countVisible(IdeaId idea) {
        return Math.toIntExact(rows.countByIdeaIdAndHiddenAtIsNull(idea.value()));
    }

    private static CommentRow toRow(Comment comment) {
        var hiding = comment.hiding();
        return new CommentRow(comment.id().value(), comment.ideaId().value(), comment.municipality().number(),
            comment.parentId() == null ? null : comment.parentId().value(), comment.authorId(), comment.official(),
            comment.body(), comment.writtenAt(), comment.editedAt(), hiding == null ? null : hiding.reason(),
            hiding == null ? null : hiding.hiddenBy().id(), hiding == null ? null : hiding.hiddenAt(), comment.version());
    }

    private static Comment toComment(CommentRow row) {
        var hiding = row.hiddenAt() == null ? null
            : new Comment.Hiding(row.hiddenReason(), new Actor(row.hiddenBy()), row.hiddenAt());
        return new Comment(new CommentId(row.id()), new IdeaId(row.ideaId()), new Municipality(row.municipality()),
            row.parentId() == null ? null : new CommentId(row.parentId()), row.authorId(), row.official(), row.body(),
            row.writtenAt(), row.editedAt(), hiding, row.version());
    }
}
