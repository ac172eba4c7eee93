package no.samskap.gateway.ideas.staff;

import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reasons people gave when they reported the items of one page, oldest first, read in one statement. */
final class ReportReasons {

    /** Each item's reasons; an item nobody reported has none. */
    record Of(Map<UUID, List<String>> reasons) {
        List<String> of(UUID item) {
            return reasons.getOrDefault(item, List.of());
        }
    }

    private final DSLContext sql;

    ReportReasons(DSLContext sql) {
        this.sql = sql;
    }

    Of ofIdeas(List<UUID> ideas) {
        return read("idea_id", "comment_id is null", ideas);
    }

    Of ofComments(List<UUID> comments) {
        return read("comment_id", "comment_id is not null", comments);
    }

    private Of read(String itemColumn, String condition, List<UUID> items) {
        var reasons = new HashMap<UUID, List<String>>();
        if (items.isEmpty()) {
            return new Of(reasons);
        }
        sql.fetch("select " + itemColumn + " as item, reason from staff_inbox_report where " + itemColumn
                + " = any(?) and " + condition + " order by " + itemColumn + ", reported_at, message_id",
                (Object) items.toArray(new UUID[0]))
            .forEach(row -> reasons.computeIfAbsent(row.get("item", UUID.class), item -> new ArrayList<>())
                .add(row.get("reason", String.class)));
        return new Of(reasons);
    }
}
