package no.samskap.gateway.ideas.readmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plain SQL put together piece by piece, each piece with the values bound to its placeholders. */
final class Statement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> bindings = new ArrayList<>();

    Statement append(String part, Object... values) {
        sql.append(part);
        bindings.addAll(Arrays.asList(values));
        return this;
    }

    Statement append(Statement other) {
        sql.append(other.sql);
        bindings.addAll(other.bindings);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Object[] bindings() {
        return bindings.toArray();
    }
}
