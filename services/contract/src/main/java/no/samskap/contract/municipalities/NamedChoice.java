package no.samskap.contract.municipalities;

/** A service area, strategic value or target group: the code ideas and events carry, and its names. */
public record NamedChoice(String code, Names names) {
}
