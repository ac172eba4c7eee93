package no.samskap.gateway.ideas.readmodel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

/**
 * Finds public ideas of a municipality whose titles share enough trigrams with a text, so that a resident about to
 * repeat an idea can support it instead. Trigrams rather than stems catch typing mistakes and half-written words.
 * The ideas come from the municipality's newest public ones ({@link SimilarIdeaCandidates}), so the search costs the
 * same however many ideas the municipality has; older ideas are still found by the board's search.
 */
@Singleton
public class SimilarIdeaSearch {

    static final int MOST = 5;
    static final int SHORTEST_TEXT = 3;
    static final int LONGEST_TEXT = 500;

    private final DSLContext sql;

    SimilarIdeaSearch(DSLContext sql) {
        this.sql = sql;
    }

    /** Refuses text that is too short, too long or holds control characters with {@link InvalidQueryValueException}. */
    @Transactional(readOnly = true)
    public SimilarIdeas similarTo(String municipality, String text) {
        var words = text == null ? "" : text.strip();
        TextRules.require("text", words, SHORTEST_TEXT, LONGEST_TEXT);
        var statement = statementFor(municipality, words);
        return new SimilarIdeas(sql.fetch(statement.sql(), statement.bindings()).map(IdeaRows::summary));
    }

    /**
     * pg_trgm's {@code %} holds when the similarity reaches {@code pg_trgm.similarity_threshold}, 0.3 by default;
     * {@code <->} is one minus the similarity, which the trigram index can hand out nearest first. The board is
     * asked again whether each is public, in case the window's keeper has not yet seen it hidden.
     */
    static Statement statementFor(String municipality, String words) {
        return new Statement().append("select " + IdeaRows.COLUMNS + " from (select id, title operator(public.<->) ?"
                + " as distance from idea_hint_candidate where municipality = ? and title operator(public.%) ?"
                + " order by title operator(public.<->) ? limit ?) as nearest join idea_board using (id)"
                + " where published_at is not null order by distance, id",
            words, municipality, words, words, MOST);
    }
}
