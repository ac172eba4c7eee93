package no.samskap.gateway.shell.services;

/**
 * The service could not be reached or did not answer in time. When the connection was never made, the service
 * certainly did nothing; after a read timeout it may have carried the request out without being able to say so.
 */
public final class ServiceNotAnswering extends RuntimeException {

    private final boolean requestMayHaveArrived;

    ServiceNotAnswering(String message, boolean requestMayHaveArrived, Throwable cause) {
        super(message, cause);
        this.requestMayHaveArrived = requestMayHaveArrived;
    }

    public boolean requestMayHaveArrived() {
        return requestMayHaveArrived;
    }
}
