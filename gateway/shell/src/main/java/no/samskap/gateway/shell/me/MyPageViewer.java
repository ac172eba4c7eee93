package no.samskap.gateway.shell.me;

import no.samskap.gateway.shell.web.Texts;

/**
 * The person "Min side" is rendered for: who they are, their subject (the id services key their data by), their
 * language, the CSRF token their forms carry, and what the page says after a form was sent.
 */
public record MyPageViewer(Profile profile, String subject, Texts texts, String csrfToken, MyPageNotice notice) {
}
