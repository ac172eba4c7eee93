package no.samskap.gateway.ideas.dashboard;

import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;

import java.time.Clock;

/**
 * The gateway's staff dashboard as the benchmark runs it: the same class and statements on a jOOQ context of one
 * connection. Lives in the gateway's package because {@link DashboardReadModel} is package-private.
 */
public final class DashboardForBenchmarks {

    private DashboardForBenchmarks() {
    }

    /** Reads every figure of the dashboard for the period and answers how many ideas its status counts cover. */
    public static int figures(DSLContext sql, String municipality, Period period) {
        var figures = new DashboardReadModel(sql, Clock.systemUTC()).figures(municipality, period);
        return (int) figures.byStatus().stream().mapToLong(DashboardFigures.Count::count).sum();
    }
}
