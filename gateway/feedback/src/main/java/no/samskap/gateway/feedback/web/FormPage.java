package no.samskap.gateway.feedback.web;

import gg.jte.Content;

/**
 * A page that is the feedback form alone ({@code formPage.jte}): after a refusal of new feedback, and to change one's
 * own; its heading, the way back to where the form came from ({@code back}, a path), and the form.
 */
public record FormPage(Content heading, String back, Content backText, FeedbackForm form) {

    public String render() {
        return FeedbackForm.TEMPLATES.render("formPage.jte", this);
    }
}
