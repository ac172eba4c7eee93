package no.samskap.gateway.ideas.readmodel;

import java.util.Arrays;
import java.util.Optional;

/** The orders the board can be read in, by the names clients use. */
public enum BoardSort {
    NEWEST("newest"),
    MOST_SUPPORTED("most-supported"),
    MOST_DISCUSSED("most-discussed"),
    RANDOM("random"),
    RELEVANCE("relevance");

    private final String wireName;

    BoardSort(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<BoardSort> named(String wireName) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(wireName)).findFirst();
    }
}
