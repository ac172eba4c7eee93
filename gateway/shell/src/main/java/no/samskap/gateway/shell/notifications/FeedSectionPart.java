package no.samskap.gateway.shell.notifications;

import no.samskap.gateway.shell.web.Texts;

/** Something more the feed's section on "Min side" shows below the entries, such as the digest form. */
public interface FeedSectionPart {

    /** HTML for the signed-in person, in the language of {@code texts}; forms carry {@code csrfToken}. */
    String render(String personId, String csrfToken, Texts texts);
}
