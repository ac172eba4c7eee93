package no.samskap.runtime;

/** A part of the local runtime failed to start; the message says which part, why, and what to do. */
public final class LocalRuntimeException extends RuntimeException {

    private final String part;

    public LocalRuntimeException(String part, String reason, Throwable cause) {
        super(part + ": " + reason + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
