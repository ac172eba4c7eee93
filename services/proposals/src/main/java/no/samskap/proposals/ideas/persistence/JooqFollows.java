package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Follows;
import no.samskap.proposals.ideas.domain.IdeaId;
import no.samskap.platform.jdbc.TransactionStatements;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

@Singleton
class JooqFollows implements Follows {

    private final DSLContext sql;
    private final TransactionStatements statements;

    JooqFollows(DSLContext sql, TransactionStatements statements) {
        this.sql = sql;
        this.statements = statements;
    }

    @Override
    public boolean follow(IdeaId idea, String personId, Instant now) {
        return decide(idea, personId, true, now);
    }

    @Override
    public boolean unfollow(IdeaId idea, String personId, Instant now) {
        return decide(idea, personId, false, now);
    }

    @Override
    public boolean followAutomatically(IdeaId idea, String personId, Instant now) {
        return 0 < statements.update("""
                insert into idea_follow (idea_id, person_id, following, changed_at) values (?, ?, true, ?::timestamptz)
                on conflict (idea_id, person_id) do nothing""",
            idea.value(), personId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    @Override
    public boolean isFollowing(IdeaId idea, String personId) {
        return sql.fetchExists(sql.selectOne().from("idea_follow")
            .where("idea_id = ? and person_id = ? and following", idea.value(), personId));
    }

    @Override
    public Set<String> followersOf(IdeaId idea) {
        return new HashSet<>(statements.list("select person_id from idea_follow where idea_id = ? and following",
            row -> row.getString(1), idea.value()));
    }

    private boolean decide(IdeaId idea, String personId, boolean following, Instant now) {
        return 0 < sql.execute("""
                insert into idea_follow (idea_id, person_id, following, changed_at) values (?, ?, ?, ?::timestamptz)
                on conflict (idea_id, person_id) do update set following = excluded.following,
                changed_at = excluded.changed_at where idea_follow.following <> excluded.following""",
            idea.value(), personId, following, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }
}
