package no.samskap.organisations.help.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Help offered to an idea by an association (through one of its admins, {@code offeredBy}) or by a volunteer acting
 * for themselves ({@code associationId} null). The municipality's staff accept or decline it, once.
 */
public record HelpOffer(UUID id, MunicipalityNumber municipality, UUID ideaId, AssociationId associationId,
                        String offeredBy, HelpKind kind, Double hours, List<String> skills, String description,
                        OfferStatus status, Decision decision, Instant offeredAt) {

    static final int DESCRIPTION_LENGTH = 2000;
    static final int NOTE_LENGTH = 1000;
    static final double MOST_HOURS = 10_000;

    /** Who answered the offer, when, and the note or reason they gave (empty for none). */
    public record Decision(String by, Instant at, String note) {
    }

    public static HelpEvent.OfferMade offer(UUID id, MunicipalityNumber municipality, UUID ideaId,
                                            AssociationId associationId, String offeredBy, HelpKind kind,
                                            Double hours, List<String> skills, String description, Instant now) {
        if (kind == HelpKind.HOURS && (hours == null || hours <= 0 || hours > MOST_HOURS)) {
            throw Refusal.invalid("hours", "an offer of hours names between 0 and " + (int) MOST_HOURS + " hours");
        }
        if (kind != HelpKind.HOURS && hours != null) {
            throw Refusal.invalid("hours", "only an offer of kind hours names hours");
        }
        var codes = SkillCodes.checked("skills", skills);
        if (kind == HelpKind.SKILLS && codes.isEmpty()) {
            throw Refusal.invalid("skills", "an offer of skills names at least one skill");
        }
        var offer = new HelpOffer(id, municipality, ideaId, associationId, offeredBy, kind, hours, codes,
            FreeText.required("description", description, DESCRIPTION_LENGTH), OfferStatus.OFFERED, null, now);
        return new HelpEvent.OfferMade(offer, now);
    }

    public boolean isByAnAssociation() {
        return associationId != null;
    }

    public boolean isAccepted() {
        return status == OfferStatus.ACCEPTED;
    }

    public HelpEvent.OfferAccepted accept(String by, String note, Instant now) {
        var accepted = decided(OfferStatus.ACCEPTED, new Decision(by, now,
            FreeText.optional("note", note, NOTE_LENGTH)));
        return new HelpEvent.OfferAccepted(accepted, now);
    }

    public HelpEvent.OfferDeclined decline(String by, String reason, Instant now) {
        var declined = decided(OfferStatus.DECLINED, new Decision(by, now,
            FreeText.required("reason", reason, NOTE_LENGTH)));
        return new HelpEvent.OfferDeclined(declined, now);
    }

    private HelpOffer decided(OfferStatus answer, Decision decision) {
        if (status != OfferStatus.OFFERED) {
            throw Refusal.conflict(null, "the offer is already " + status.code());
        }
        return new HelpOffer(id, municipality, ideaId, associationId, offeredBy, kind, hours, skills, description,
            answer, decision, offeredAt);
    }
}
