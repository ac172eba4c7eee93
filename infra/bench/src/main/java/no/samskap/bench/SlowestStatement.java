package no.samskap.bench;

import no.samskap.gateway.ideas.readmodel.BoardForBenchmarks.Sql;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.util.function.Consumer;

/**
 * For a read that runs several statements (the staff inbox, the dashboard): runs it once and keeps the statement
 * that took longest, so the report explains the one that matters instead of a copy of its text.
 */
final class SlowestStatement implements ExecuteListener {

    private long started;
    private long longest = -1;
    private Sql slowest;

    static Sql of(DSLContext sql, Consumer<DSLContext> read) {
        var listener = new SlowestStatement();
        read.accept(DSL.using(sql.configuration().derive(new DefaultExecuteListenerProvider(listener))));
        if (listener.slowest == null) {
            throw new IllegalStateException("The read ran no statement");
        }
        return listener.slowest;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        started = System.nanoTime();
    }

    @Override
    public void executeEnd(ExecuteContext context) {
        var took = System.nanoTime() - started;
        if (took > longest && context.query() != null) {
            longest = took;
            slowest = new Sql(context.sql(), context.query().getBindValues().toArray());
        }
    }
}
