package no.samskap.gateway.feedback.dashboard;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * The feedback's part of the Kommune 3.0 panel ({@code dashboard/loop.jte}): each step of the loop by its text key
 * with its figure in the page's words; no steps when no feedback was given in the period.
 */
public record FeedbackLoop(TemplateTexts t, List<Step> steps) {

    public record Step(String key, Content value) {
    }
}
