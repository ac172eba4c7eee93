package no.samskap.gateway.lending;

import no.samskap.gateway.shell.Frame;

public record Loans(Frame frame) {

    static final String OPEN = "select book from loan where returned is null";
}
