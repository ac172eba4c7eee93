package no.samskap.proposals.persons.application;

/** The erasure requests not yet carried out here, one per person. */
public interface ErasureRequests {

    /** The person's pending request: {@code asked} when there was none, else the earlier one, which stands. */
    ErasureRequest pendingFor(String subjectId, ErasureRequest asked);
}
