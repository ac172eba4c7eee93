package no.samskap.gateway.feedback.pages;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** The list of a municipality's service units, each with its count and average. */
public record UnitsPage(TemplateTexts t, Content heading, List<Row> units) {

    public record Row(String path, String name, Content figures) {
    }
}
