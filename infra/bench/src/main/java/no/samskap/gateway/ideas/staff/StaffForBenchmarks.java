package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.StaffMember;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The gateway's staff inbox as the benchmark runs it: the same class and statements on a jOOQ context of one
 * connection. Lives in the gateway's package because {@link StaffInbox} is package-private, as it should be.
 */
public final class StaffForBenchmarks {

    private StaffForBenchmarks() {
    }

    /**
     * Reads the first page of every section of a municipality's staff member's inbox, as the inbox page does, and
     * answers how many items wait in it.
     */
    public static int inboxOf(DSLContext sql, String municipality) {
        var member = new StaffMember("bench-staff-subject", "bench-staff", municipality);
        return new StaffInbox(sql, Clock.systemUTC()).of(member, Optional.empty()).count();
    }
}
