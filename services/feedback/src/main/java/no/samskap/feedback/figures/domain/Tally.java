package no.samskap.feedback.figures.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a group of feedback adds up to. {@code distribution} counts the ratings 1 to 5 in that order. {@code due} is
 * the feedback the municipality owed an answer to: answered, or unanswered past its committed date; the share
 * answered on time is {@code answeredOnTime / due}, and unknown while nothing is due.
 */
public record Tally(int count, List<Integer> distribution, int answered, int answeredOnTime, int due) {

    public Tally {
        distribution = List.copyOf(distribution);
        if (distribution.size() != 5) {
            throw new IllegalArgumentException("a distribution counts the ratings 1 to 5, not " + distribution);
        }
        if (distribution.stream().mapToInt(Integer::intValue).sum() != count) {
            throw new IllegalArgumentException("the distribution " + distribution + " does not add up to " + count);
        }
    }

    public static Tally none() {
        return new Tally(0, List.of(0, 0, 0, 0, 0), 0, 0, 0);
    }

    public Tally plus(Tally other) {
        var sum = new ArrayList<Integer>();
        for (var rating = 0; rating < 5; rating++) {
            sum.add(distribution.get(rating) + other.distribution.get(rating));
        }
        return new Tally(count + other.count, sum, answered + other.answered, answeredOnTime + other.answeredOnTime,
            due + other.due);
    }

    /** The average rating to one decimal; null without feedback. */
    public Double average() {
        if (count == 0) {
            return null;
        }
        var sum = 0;
        for (var rating = 1; rating <= 5; rating++) {
            sum += rating * distribution.get(rating - 1);
        }
        return Math.round(10.0 * sum / count) / 10.0;
    }

    /** The share of what was due that was answered by its committed date, as a fraction to two decimals. */
    public Double shareAnsweredOnTime() {
        return due == 0 ? null : Math.round(100.0 * answeredOnTime / due) / 100.0;
    }
}
