package no.samskap.proposals.ideas.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommentRows extends CrudRepository<CommentRow, UUID> {

    /** Two comments written in the same microsecond keep one order: their ids break the tie. */
    @Query("select * from idea_comment where idea_id = :ideaId order by written_at, id")
    List<CommentRow> findOnIdea(UUID ideaId);

    @Query("""
        select * from idea_comment where municipality = :municipality and author_id = :authorId and hidden_at is null
            order by written_at, id""")
    List<CommentRow> findShownBy(String municipality, String authorId);

    long countByIdeaIdAndHiddenAtIsNull(UUID ideaId);
}
