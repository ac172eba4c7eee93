package no.samskap.bench.live;

import no.samskap.bench.Latencies;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each idea's 201 reached the sender and when its first live-update event reached the listener, in
 * {@link System#nanoTime()}; the listener and the sender's callbacks write from different threads.
 */
final class Arrivals {

    private final Map<String, Long> answered = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    void answered(String ideaId, long nanos) {
        answered.put(ideaId, nanos);
    }

    /** Only the first event of an idea counts: later ones are its further messages (published, followed). */
    void seen(String ideaId, long nanos) {
        seen.putIfAbsent(ideaId, nanos);
    }

    boolean seenWithin(String ideaId, Duration latency) {
        var event = seen.get(ideaId);
        var answer = answered.get(ideaId);
        return event != null && answer != null && event - answer <= latency.toNanos();
    }

    long unseen(List<String> ideaIds) {
        return ideaIds.stream().filter(id -> !seen.containsKey(id)).count();
    }

    /**
     * Latencies of the ideas seen, and how many had not been seen {@code grace} after {@code writesEnded}. The
     * event can be read a moment before the sender's thread has read the 201 of the same idea; such an idea counts
     * as zero, not as a negative time.
     */
    Outcome outcome(List<String> ideaIds, long writesEnded, Duration grace) {
        var latencies = new Latencies(ideaIds.size());
        var lateAfterGrace = 0;
        for (var id : ideaIds) {
            var event = seen.get(id);
            if (event == null || event > writesEnded + grace.toNanos()) {
                lateAfterGrace++;
            }
            if (event != null) {
                latencies.add(Math.max(0, event - answered.get(id)));
            }
        }
        return new Outcome(ideaIds.size(), latencies, lateAfterGrace, (int) unseen(ideaIds));
    }

    record Outcome(int ideas, Latencies latencies, int unseenAfterGrace, int neverSeen) {
    }
}
