package no.samskap.gateway.shell.signin;

/** Where a browser lands after signing out: a page that says so, in the person's language. */
public final class SignedOut {

    public static final String PATH = "/utlogget";

    private SignedOut() {
    }
}
