package no.samskap.proposals.ideas.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdeaRows extends CrudRepository<IdeaRow, UUID> {

    @Query("""
        select * from idea where municipality = :municipality and author_id = :authorId
            and published_at is not null and hidden_at is null order by published_at, id""")
    List<IdeaRow> findShownToThePublic(String municipality, String authorId);

    @Query("""
        select * from idea where author_id = :authorId and municipality = :municipality and submitted_at >= :since
            and lower(title) = lower(:title) and status <> 'WITHDRAWN' order by submitted_at, id limit 1""")
    Optional<IdeaRow> findRecentWithTitle(String municipality, String authorId, String title, Instant since);
}
