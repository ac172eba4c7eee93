package no.samskap.gateway.organisations.directory;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks.Sql;
import org.jooq.DSLContext;

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

    public static Sql search(DirectoryQuery query) {
        var statement = AssociationDirectory.searchStatement(query);
        return new Sql(statement.text(), statement.bindings().toArray());
    }
}
