package no.samskap.gateway.ideas.readmodel;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ideas similar-idea hints are drawn from: each municipality's newest public ideas, at most the configured number
 * ({@link #DEFAULT_SIZE} unless set), in {@code idea_hint_candidate} with their own trigram index (ADR 0018). The
 * window is kept exact as ideas are published, edited, hidden and restored: it always holds the newest public ideas
 * by submission time, refilled from the board when one leaves it.
 */
@Singleton
public class SimilarIdeaCandidates {

    /** Ideas per municipality unless {@code samskap.similar-ideas.candidates} says otherwise; V12 fills this many. */
    public static final int DEFAULT_SIZE = 5000;

    static final String COUNT = "select count(*) from idea_hint_candidate where municipality = ?";

    /** Keeps two consumers of one municipality's ideas from trimming and refilling its window at the same time. */
    private static final int WINDOW_LOCK = 0x51D1;

    private final DSLContext sql;
    private final int size;

    public SimilarIdeaCandidates(DSLContext sql,
                                 @Value("${samskap.similar-ideas.candidates:" + DEFAULT_SIZE + "}") int size) {
        if (size < 1) {
            throw new IllegalArgumentException("samskap.similar-ideas.candidates must be at least 1, was " + size);
        }
        this.sql = sql;
        this.size = size;
    }

    /**
     * Brings the window in line with what the board now says of this idea, in the caller's transaction: in it with
     * its current title while public and among the newest, out of it otherwise, and the window trimmed or refilled
     * to its size.
     */
    public void refresh(UUID idea) {
        refresh(List.of(idea));
    }

    /**
     * {@link #refresh(UUID)} for several ideas at once, a municipality's window at a time in the order of their
     * numbers, so two transactions refreshing the same windows take their locks in the same order.
     */
    public void refresh(Collection<UUID> ideas) {
        var byMunicipality = new TreeMap<String, List<UUID>>();
        sql.fetch("select id, municipality from idea_board where id = any(?)", (Object) ideas.toArray(UUID[]::new))
            .forEach(row -> byMunicipality.computeIfAbsent(row.get(1, String.class), municipality -> new ArrayList<>())
                .add(row.get(0, UUID.class)));
        byMunicipality.forEach(this::refreshWindow);
    }

    private void refreshWindow(String municipality, List<UUID> ideas) {
        var ids = ideas.toArray(UUID[]::new);
        sql.execute("select pg_advisory_xact_lock(?, hashtext(?))", WINDOW_LOCK, municipality);
        sql.execute("delete from idea_hint_candidate where id = any(?)", (Object) ids);
        sql.execute("insert into idea_hint_candidate (id, municipality, submitted_at, title)"
            + " select id, municipality, submitted_at, title from idea_board where id = any(?) and published_at is not null",
            (Object) ids);
        var over = ((Number) sql.fetchValue(COUNT, municipality)).intValue() - size;
        if (over > 0) {
            dropOldest(municipality, over);
        } else if (over < 0) {
            addOlder(municipality, -over);
        }
    }

    /** Rebuilds every municipality's window from the board, for a board filled by other means than messages. */
    @Transactional
    public void rebuild() {
        sql.execute("delete from idea_hint_candidate");
        sql.execute("""
                insert into idea_hint_candidate (id, municipality, submitted_at, title)
                select id, municipality, submitted_at, title
                from (select id, municipality, submitted_at, title,
                             row_number() over (partition by municipality order by submitted_at desc, id desc) as newness
                      from idea_board where published_at is not null) as public_idea
                where newness <= ?""", size);
    }

    private void dropOldest(String municipality, int ideas) {
        sql.execute("""
                delete from idea_hint_candidate
                where id in (select id from idea_hint_candidate where municipality = ?
                             order by submitted_at, id limit ?)""",
            municipality, ideas);
    }

    /** Adds the newest public ideas older than the whole window, so that it stays the newest of them all. */
    private void addOlder(String municipality, int ideas) {
        sql.execute("""
                with oldest as (select submitted_at, id from idea_hint_candidate where municipality = ?
                                order by submitted_at, id limit 1)
                insert into idea_hint_candidate (id, municipality, submitted_at, title)
                select id, municipality, submitted_at, title
                from idea_board
                where municipality = ? and published_at is not null
                  and (submitted_at, id) < (coalesce((select submitted_at from oldest), 'infinity'),
                                            coalesce((select id from oldest), 'ffffffff-ffff-ffff-ffff-ffffffffffff'))
                order by submitted_at desc, id desc
                limit ?
                on conflict (id) do nothing""",
            municipality, municipality, ideas);
    }
}
