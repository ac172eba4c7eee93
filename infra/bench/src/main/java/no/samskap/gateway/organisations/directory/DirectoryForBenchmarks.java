package no.samskap.gateway.organisations.directory;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks.Sql;
import org.jooq.DSLContext;

import java.util.Optional;

/**
 * The gateway's association directory as the benchmark runs it: the same class and statements on a jOOQ context of
 * one connection, in the gateway's package because {@link AssociationDirectory}'s constructor is package-private.
 */
public final class DirectoryForBenchmarks {

    private DirectoryForBenchmarks() {
    }

    public static AssociationDirectory directory(DSLContext sql) {
        return new AssociationDirectory(sql);
    }

    /** The statement and values the directory runs for a page of the query after the cursor, for its plan. */
    public static Sql page(DirectoryQuery query, Optional<DirectoryCursor> after) {
        var statement = AssociationDirectory.pageStatement(query, after);
        return new Sql(statement.text(), statement.bindings().toArray());
    }
}
