package no.samskap.proposals.ideas.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A rule of the domain refused the input; each fault names an input at fault, so a form can mark them all at once. */
public final class InvalidIdeaException extends IdeaRefusal {

    private final List<Fault> faults;

    public InvalidIdeaException(String field, String message) {
        this(List.of(new Fault(field, message)));
    }

    InvalidIdeaException(List<Fault> faults) {
        super(faults.stream().map(fault -> fault.field() + ": " + fault.message()).collect(Collectors.joining("; ")));
        this.faults = List.copyOf(faults);
    }

    /** The first input at fault. */
    public String field() {
        return faults.get(0).field();
    }

    public List<Fault> faults() {
        return faults;
    }

    public record Fault(String field, String message) {
    }
}
