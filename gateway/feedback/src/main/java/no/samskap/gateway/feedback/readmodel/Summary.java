package no.samskap.gateway.feedback.readmodel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Count, average rating, the ratings 1 to 5 counted, how many were answered and how many by the committed date. */
@Serdeable
public record Summary(int count, double average, List<Integer> distribution, int answered, int answeredOnTime) {

    public static final Summary NONE = new Summary(0, 0, List.of(0, 0, 0, 0, 0), 0, 0);

    /** The share answered by the committed date, of all counted, in whole percent. */
    public int onTimePercent() {
        return count == 0 ? 0 : (int) Math.round(100.0 * answeredOnTime / count);
    }
}
