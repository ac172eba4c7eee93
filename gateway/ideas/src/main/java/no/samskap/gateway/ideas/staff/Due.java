package no.samskap.gateway.ideas.staff;

import java.time.LocalDate;
import java.util.List;

/** When the answer to an idea under assessment is due: past its date, within a week, or later. */
enum Due {

    OVERDUE("respond_by < cast(? as date)"),
    SOON("respond_by >= cast(? as date) and respond_by <= cast(? as date)"),
    LATER("respond_by > cast(? as date)");

    static final int SOON_DAYS = 7;

    /** Which response dates are due so, counted from the day bound by {@link #bindings}. */
    final String condition;

    Due(String condition) {
        this.condition = condition;
    }

    List<Object> bindings(LocalDate today) {
        var lastSoon = today.plusDays(SOON_DAYS).toString();
        return switch (this) {
            case OVERDUE -> List.of(today.toString());
            case SOON -> List.of(today.toString(), lastSoon);
            case LATER -> List.of(lastSoon);
        };
    }
}
