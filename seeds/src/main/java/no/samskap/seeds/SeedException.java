package no.samskap.seeds;

/** Demo data could not be loaded; the message says which idea, which step and what the service answered. */
public final class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }
}
