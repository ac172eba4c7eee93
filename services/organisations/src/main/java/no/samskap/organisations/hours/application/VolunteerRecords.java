package no.samskap.organisations.hours.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.help.domain.HelpOffer;
import no.samskap.organisations.help.domain.HelpOffers;
import no.samskap.organisations.hours.domain.HoursLog;
import no.samskap.organisations.hours.domain.VerificationCode;
import no.samskap.organisations.hours.domain.VerificationCodes;
import no.samskap.organisations.hours.domain.VolunteerRecord;
import no.samskap.platform.municipalities.KnownMunicipalities;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The frivillighetsbevis: a volunteer's approved hours and skills per organisation and role, for themselves, and
 * for anyone holding the verification code they issued, until they revoke it.
 */
@Singleton
public class VolunteerRecords {

    private final HoursLog log;
    private final HelpOffers offers;
    private final VerificationCodes codes;
    private final AssociationRights rights;
    private final KnownMunicipalities municipalities;
    private final Clock clock;

    VolunteerRecords(HoursLog log, HelpOffers offers, VerificationCodes codes, AssociationRights rights,
                     KnownMunicipalities municipalities, Clock clock) {
        this.log = log;
        this.offers = offers;
        this.codes = codes;
        this.rights = rights;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** A record with the code that opens it for others, when one is live. */
    public record Shown(RecordOfWork record, Optional<VerificationCode> code) {
    }

    @Transactional(readOnly = true)
    public Shown of(SignedInPerson volunteer) {
        return new Shown(recordOf(volunteer.subject()), codes.liveOf(volunteer.subject()));
    }

    @Transactional
    public VerificationCode issueCode(SignedInPerson volunteer, String displayName) {
        var code = VerificationCode.issue(volunteer.subject(), displayName, clock.instant());
        codes.issue(code);
        return code;
    }

    @Transactional
    public void revokeCode(SignedInPerson volunteer) {
        if (!codes.revoke(volunteer.subject(), clock.instant())) {
            throw Refusal.notFound("you have no live verification code");
        }
    }

    /** The record a live code opens, with the code (and so the display name the volunteer chose); 404 otherwise. */
    @Transactional(readOnly = true)
    public Shown opened(String code) {
        // Only text a code could be reaches the database, which refuses some (a NUL) with an error, not a miss.
        var live = (VerificationCode.couldBe(code) ? codes.live(code) : Optional.<VerificationCode>empty())
            .orElseThrow(() -> Refusal.notFound("no live volunteer record with this code"));
        return new Shown(recordOf(live.volunteerId()), Optional.of(live));
    }

    private RecordOfWork recordOf(String volunteerId) {
        var skillsByOffer = new HashMap<UUID, List<String>>();
        var work = log.approvedOf(volunteerId).stream().map(entry -> new VolunteerRecord.ApprovedWork(
            new VolunteerRecord.Organisation(entry.associationId(), entry.municipality()), entry.role(), entry.date(),
            entry.hours(), skillsByOffer.computeIfAbsent(entry.offerId(), this::skillsOf))).toList();
        var record = VolunteerRecord.of(work);
        return new RecordOfWork(record.organisations().stream().map(organisation -> new RecordOfWork.OrganisationWork(
            factsOf(organisation), record.engagementsWith(organisation))).toList(), record.totalHours());
    }

    /** The skills of the offer the hours were worked on; none for hours of a shift at an event. */
    private List<String> skillsOf(UUID offerId) {
        return offerId == null ? List.of() : offers.find(offerId).map(HelpOffer::skills).orElse(List.of());
    }

    private RecordOfWork.OrganisationFacts factsOf(VolunteerRecord.Organisation organisation) {
        if (organisation.isAnAssociation()) {
            var association = rights.existing(organisation.associationId().toString());
            return new RecordOfWork.OrganisationFacts(association.id().toString(),
                association.organisationNumber().value(), association.name(), association.municipality().value());
        }
        var municipality = organisation.municipality();
        return new RecordOfWork.OrganisationFacts(null, null,
            municipalities.find(municipality).map(MunicipalityDescribed::name).orElse(null), municipality.value());
    }
}
