package no.samskap.gateway.organisations.help;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The person's own offers of help on "Min side" ({@code help/mine.jte}), each with where it stands. */
public record MyOffers(List<Line> offers) {

    /** One offer: {@code association} the one it was made for, null for the person's own. */
    public record Line(String id, String ideaId, Content what, @Nullable String association, Content status,
                       Content offeredOn) {
    }
}
