package no.samskap.proposals.ideas.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An innbyggerforslag (kommuneloven § 12-1) made of a published idea by its author. Residents sign it until it reaches
 * {@code threshold}, fixed from the population when it started; then the author sends it to the council, which must
 * take a position within six months ({@code councilDeadline}); staff record the council's decision, or refuse it as a
 * matter the council treated in the same election period. Signatures themselves are kept apart and never shown.
 */
public record Petition(IdeaId idea, Municipality municipality, int threshold, int signatureCount, Instant startedAt,
                       Instant sentAt, LocalDate councilDeadline, CouncilDecision decision) {

    public static final int COUNCIL_MONTHS = 6;
    public static final int DECISION_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int CASE_URL_MAX = 500;

    public enum Status {
        COLLECTING, SENT, TREATED, REFUSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The idea's author starts it while the idea is public, open and shown. */
    public static Petition start(Idea idea, String personId, Population population, Instant now) {
        if (!idea.isBy(personId)) {
            throw new NotTheAuthorException();
        }
        if (!idea.isPublic() || idea.isHidden() || !idea.status().isOpen()) {
            throw new PetitionRefusedException("Only a published idea that is shown and not answered yet can become an"
                + " innbyggerforslag; this one is " + idea.status().code());
        }
        return new Petition(idea.id(), idea.municipality(), population.petitionThreshold(), 0, now, null, null, null);
    }

    public Status status() {
        if (decision != null) {
            return decision.outcome() == CouncilDecision.Outcome.TREATED ? Status.TREATED : Status.REFUSED;
        }
        return sentAt == null ? Status.COLLECTING : Status.SENT;
    }

    public boolean isReached() {
        return signatureCount >= threshold;
    }

    /** Signatures come and go only while it collects them: a sent one is the council's, as signed. */
    public void checkSignable() {
        if (status() != Status.COLLECTING) {
            throw new PetitionRefusedException("The innbyggerforslag was sent to the council; signatures no longer change");
        }
    }

    public Petition send(String personId, Idea of, LocalDate today, Instant now) {
        if (!of.isBy(personId)) {
            throw new NotTheAuthorException();
        }
        checkSignable();
        if (!isReached()) {
            throw new PetitionRefusedException("The innbyggerforslag has " + signatureCount + " of the " + threshold
                + " signatures it needs");
        }
        return new Petition(idea, municipality, threshold, signatureCount, startedAt, now,
            today.plusMonths(COUNCIL_MONTHS), null);
    }

    /** The meeting was held after sending and by today; the decision is the council's text, the link its case. */
    public Petition recordTreatment(LocalDate meetingDate, String decisionText, String caseUrl, LocalDate today,
                                    Instant now) {
        requireAwaitingCouncil();
        var sentOn = LocalDate.ofInstant(sentAt, java.time.ZoneId.of("Europe/Oslo"));
        if (meetingDate == null || meetingDate.isBefore(sentOn) || meetingDate.isAfter(today)) {
            throw new InvalidIdeaException("meetingDate", "must be from " + sentOn + " to " + today);
        }
        Texts.requireLengths(new Texts.Length("decision", Texts.clean(decisionText), 1, DECISION_MAX),
            new Texts.Length("caseUrl", Texts.clean(caseUrl), 1, CASE_URL_MAX));
        return decided(new CouncilDecision(CouncilDecision.Outcome.TREATED, meetingDate, Texts.clean(decisionText),
            requireWebAddress(caseUrl), now));
    }

    /** Kommuneloven § 12-1: a matter the council treated in the same election period need not be treated again. */
    public Petition refuseAsTreatedThisElectionPeriod(String reason, Instant now) {
        requireAwaitingCouncil();
        return decided(new CouncilDecision(CouncilDecision.Outcome.REFUSED, null,
            Texts.requireLength("reason", reason, 1, REASON_MAX), null, now));
    }

    public boolean isOverdue(LocalDate today) {
        return status() == Status.SENT && today.isAfter(councilDeadline);
    }

    public Petition withSignatureCount(int count) {
        return new Petition(idea, municipality, threshold, count, startedAt, sentAt, councilDeadline, decision);
    }

    private void requireAwaitingCouncil() {
        if (status() != Status.SENT) {
            throw new PetitionRefusedException("Only an innbyggerforslag sent to the council and not decided yet can be"
                + " decided; this one is " + status().code());
        }
    }

    private Petition decided(CouncilDecision councilDecision) {
        return new Petition(idea, municipality, threshold, signatureCount, startedAt, sentAt, councilDeadline,
            councilDecision);
    }

    private static String requireWebAddress(String text) {
        var clean = Texts.clean(text);
        try {
            var uri = new URI(clean);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return clean;
            }
        } catch (java.net.URISyntaxException notAnAddress) {
            // refused below, naming the field
        }
        throw new InvalidIdeaException("caseUrl", "must be a web address starting with https:// or http://");
    }
}
