package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.ideas.staff.SectionCursor.KeyType;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One inbox section as SQL: which rows of a municipality belong to it ({@code from} and {@code condition}, bound by
 * {@code bindings} in that order) and in which order, every key ascending, the last one unique. A page continues
 * after a cursor's keys by a row comparison, so an index in the same order reads only the page. The count is the
 * whole section's: by default counted from the same rows, or by a cheaper statement that gives the same number.
 */
record SectionQuery(String section, String columns, String from, String condition, List<Object> bindings,
                    List<SortKey> order, Optional<Counting> counting) {

    record SortKey(String expression, KeyType type) {
    }

    /** A statement answering the section's count as its one value. */
    record Counting(String statement, List<Object> bindings) {
    }

    SectionQuery(String section, String columns, String from, String condition, List<Object> bindings,
                 List<SortKey> order) {
        this(section, columns, from, condition, bindings, order, Optional.empty());
    }

    SectionQuery countedBy(String statement, List<Object> bindings) {
        return new SectionQuery(section, columns, from, condition, this.bindings, order,
            Optional.of(new Counting(statement, bindings)));
    }

    /**
     * The first {@code shown} rows after the cursor, if any, with the section's count. The count comes with the rows,
     * as a subquery PostgreSQL runs once; only a page without rows needs it asked for alone, unless it is a first page
     * counted from its own rows, which then has none.
     */
    Paged<Record> page(DSLContext sql, Optional<InboxPaging> after, int shown) {
        var keys = order.stream().map(SortKey::expression).collect(Collectors.joining(", "));
        var counted = counted();
        var statement = new StringBuilder("select ").append(columns);
        IntStream.range(0, order.size()).forEach(i ->
            statement.append(", ").append(order.get(i).expression()).append(" as sort_key_").append(i));
        statement.append(", (").append(counted.statement()).append(") as section_count from ").append(from)
            .append(" where ").append(condition);
        var bound = new ArrayList<>(counted.bindings());
        bound.addAll(bindings);
        after.map(paging -> paging.cursor(order.stream().map(SortKey::type).toList()))
            .ifPresent(cursor -> {
                statement.append(" and (").append(keys).append(") > (").append(order.stream()
                    .map(key -> "cast(? as " + key.type().sqlType + ")").collect(Collectors.joining(", "))).append(')');
                bound.addAll(cursor.keys());
            });
        statement.append(" order by ").append(keys).append(" limit ?");
        bound.add(shown + 1);
        var rows = sql.fetch(statement.toString(), bound.toArray());
        var more = rows.size() > shown;
        List<Record> page = more ? List.copyOf(rows.subList(0, shown)) : List.copyOf(rows);
        var next = more ? Optional.of(cursorAfter(page.get(shown - 1)).encode()) : Optional.<String>empty();
        return new Paged<>(page, count(sql, page, after.isPresent()), next);
    }

    private int count(DSLContext sql, List<Record> page, boolean later) {
        if (!page.isEmpty()) {
            return page.get(0).get("section_count", Integer.class);
        }
        if (!later && counting.isEmpty()) {
            return 0;
        }
        return sql.fetchOne(counted().statement(), counted().bindings().toArray()).get(0, Integer.class);
    }

    private Counting counted() {
        return counting.orElseGet(() -> new Counting("select count(*) from " + from + " where " + condition,
            bindings));
    }

    private SectionCursor cursorAfter(Record row) {
        return new SectionCursor(section, IntStream.range(0, order.size())
            .mapToObj(i -> written(row, "sort_key_" + i, order.get(i).type())).toList());
    }

    private static String written(Record row, String column, KeyType type) {
        return switch (type) {
            case TIME -> row.get(column, OffsetDateTime.class).toInstant().toString();
            case DATE -> row.get(column, LocalDate.class).toString();
            case NUMBER -> row.get(column, Integer.class).toString();
            case ID -> row.get(column, UUID.class).toString();
        };
    }
}
