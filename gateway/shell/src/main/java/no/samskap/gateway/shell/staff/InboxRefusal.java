package no.samskap.gateway.shell.staff;

import no.samskap.gateway.shell.web.Texts;

/**
 * A form of the inbox that the owning service refused. The inbox is shown again with the refusal's error summary at
 * the top, and the module's own sections find it through {@link InboxView#refusal(Class)} to put the messages at
 * their fields and keep what was entered.
 */
public interface InboxRefusal {

    /** The error summary, linking to each field at fault; already safe HTML. */
    String summary(Texts texts);
}
