package no.samskap.contract;

/** A message that is not a well-formed envelope, or whose payload does not fit its declared type. */
public final class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
