package no.samskap.gateway.ideas.staff;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of an inbox section: its items, how many the whole section holds, and the cursor after them if more follow. */
record Paged<T>(List<T> items, int count, Optional<String> next) {

    <U> Paged<U> map(Function<T, U> mapping) {
        return new Paged<>(items.stream().map(mapping).toList(), count, next);
    }
}
