package no.samskap.gateway.shell.staff;

import no.samskap.gateway.shell.web.Texts;

/**
 * A module's part of the staff inbox at {@code /stab/innboks}: one kind of item staff handle, with how many of them
 * a staff member's municipality has. The shell puts each section, in {@link #order()}, under its heading with its
 * count, links it from the inbox's list of sections, and adds the counts of the waiting ones into the total.
 */
public interface InboxSection {

    /** The section's anchor on the page and its name in the JSON overview, such as {@code to-moderate}. */
    String key();

    /** Where it stands among all modules' sections, lowest first. */
    int order();

    /** Already escaped, as from {@link Texts}. */
    String heading(Texts texts);

    /** Whether its items wait for someone, so count in the total; not so for work that is merely under way. */
    default boolean waiting() {
        return true;
    }

    /** The section's items for the member's municipality, read once per page or overview. */
    Items read(StaffMember member);

    /** What a section holds right now. */
    interface Items {

        int count();

        /** The items as HTML, only asked for when there is at least one; user text must be escaped. */
        String html(InboxView view);
    }
}
