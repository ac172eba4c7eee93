package no.samskap.platform.observability;

import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one request from the gateway through a service, its outbox row and its Kafka message to the read
 * model that applies it: {@code X-Request-Id} over HTTP, {@value #KAFKA_HEADER} on a record, {@value #MDC_KEY} in the
 * log (ADR 0054). Only letters, digits and {@code . _ : -}, at most 64, so that an id taken from a request can neither
 * forge a log line nor carry anything personal of any length.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String KAFKA_HEADER = "request-id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RequestId() {
    }

    /** The id of the request or message this thread works for, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** The id given when it has the shape of one, else a fresh one. */
    public static String acceptOrIssue(String given) {
        return isWellFormed(given) ? given : UUID.randomUUID().toString();
    }

    public static boolean isWellFormed(String given) {
        return given != null && SHAPE.matcher(given).matches();
    }

    /** The id a Kafka record carries, when it carries one of the right shape. */
    public static Optional<String> of(Headers headers) {
        var header = headers.lastHeader(KAFKA_HEADER);
        return Optional.ofNullable(header).map(found -> new String(found.value(), StandardCharsets.UTF_8))
            .filter(RequestId::isWellFormed);
    }

    /** Puts the id (or none) in the log's MDC until the scope closes, then puts back what was there. */
    public static InLog inLog(Optional<String> id) {
        var before = MDC.get(MDC_KEY);
        id.ifPresentOrElse(present -> MDC.put(MDC_KEY, present), () -> MDC.remove(MDC_KEY));
        return () -> {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        };
    }

    /** A request id in the MDC for as long as it is open. */
    public interface InLog extends AutoCloseable {
        @Override
        void close();
    }
}
