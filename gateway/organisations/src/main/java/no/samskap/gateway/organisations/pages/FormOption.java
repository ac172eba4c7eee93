package no.samskap.gateway.organisations.pages;

import gg.jte.Content;

/** One option of a select or one radio button: its value, its label (escaped) and whether it is chosen. */
public record FormOption(String value, Content label, boolean selected) {
}
