package no.samskap.gateway.events.venues;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** What {@code venues/list.jte} shows: a municipality's venues; staff of the municipality also add and change them. */
public record VenueListPage(TemplateTexts t, String heading, List<Item> venues, boolean staff,
                            @Nullable String confirmation) {

    /** A venue in the list; {@code lent} says associations may apply to borrow its rooms. */
    public record Item(String id, String name, String address, boolean lent) {
    }
}
