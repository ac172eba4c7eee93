package no.samskap.gateway.ideas.readmodel;

import org.jooq.DSLContext;

import java.util.UUID;

/**
 * The gateway's board and search code as the benchmark runs it: the same classes and the same SQL, handed a jOOQ
 * context on one connection instead of the application's. Lives in the gateway's package because those classes keep
 * their constructors and statements package-private, as they should.
 */
public final class BoardForBenchmarks {

    private BoardForBenchmarks() {
    }

    public static IdeaBoard board(DSLContext sql) {
        return new IdeaBoard(sql, IdeaBoard.WEEKLY_WALK_FROM);
    }

    public static SimilarIdeaSearch similarIdeaSearch(DSLContext sql) {
        return new SimilarIdeaSearch(sql);
    }

    /** The keeper of the similar-idea window at its default size. */
    public static SimilarIdeaCandidates similarIdeaCandidates(DSLContext sql) {
        return new SimilarIdeaCandidates(sql, SimilarIdeaCandidates.DEFAULT_SIZE);
    }

    /** The statement {@link IdeaBoard#page} runs for this query, to explain it. */
    public static Sql pageStatement(BoardQuery query) {
        var statement = BoardStatements.pageOf(query);
        return new Sql(statement.sql(), statement.bindings());
    }

    /** The statement {@link SimilarIdeaSearch#similarTo} runs for this text, to explain it. */
    public static Sql similarStatement(String municipality, String text) {
        var statement = SimilarIdeaSearch.statementFor(municipality, text.strip());
        return new Sql(statement.sql(), statement.bindings());
    }

    /** The count {@link SimilarIdeaCandidates#refresh} makes of a municipality's window, to explain it. */
    public static Sql windowCountStatement(String municipality) {
        return new Sql(SimilarIdeaCandidates.COUNT, new Object[] {municipality});
    }

    /** The cursor the board would hand out after the idea with this sort key and id. */
    public static String cursorAfter(BoardQuery query, Object sortKey, UUID id) {
        return BoardCursor.after(query, sortKey, id).encode();
    }

    public record Sql(String text, Object[] bindings) {
    }
}
