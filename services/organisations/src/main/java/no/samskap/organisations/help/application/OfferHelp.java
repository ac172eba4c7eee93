package no.samskap.organisations.help.application;

import java.util.List;

/** An offer as asked for: {@code associationId} null when a volunteer offers for themselves. */
public record OfferHelp(String ideaId, String associationId, String kind, Double hours, List<String> skills,
                        String description) {
}
