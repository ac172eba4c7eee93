package no.samskap.contract.organisations;

import java.time.Instant;
import java.util.List;

/**
 * An association (through one of its admins, {@code offeredBy}) or a volunteer acting for themselves offered help to
 * an idea: {@code kind} is {@code hours}, {@code skills}, {@code venue}, {@code equipment} or {@code know-how};
 * {@code hours} is set for kind hours, {@code skills} holds skill codes. {@code associationId} is null for a
 * volunteer's own offer. The description is the offerer's public text about the help, like an idea's body.
 */
public record HelpOffered(String offerId, String ideaId, String associationId, String offeredBy, String kind,
                          Double hours, List<String> skills, String description, Instant offeredAt) {
}
