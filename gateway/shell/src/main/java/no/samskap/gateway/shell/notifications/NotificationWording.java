package no.samskap.gateway.shell.notifications;

import no.samskap.gateway.shell.web.Texts;

/**
 * The extension point of the feed: a module words the entries of its own service and subject type (the ideas
 * module words {@code proposals}' ideas). An entry no module words gets the shell's neutral wording, so leaving a
 * module out keeps its entries readable but plain.
 */
public interface NotificationWording {

    String service();

    String subjectType();

    /**
     * What happened, as the rest of a sentence that begins with the subject's title ("has been answered ..."), in
     * the language of {@code texts} and already HTML-escaped.
     */
    String whatHappened(FeedEntry entry, Texts texts);
}
