package no.samskap.organisations.attests.domain;

import no.samskap.organisations.associations.domain.Association;

import java.time.LocalDate;
import java.util.List;

/**
 * The association's confirmation of purpose (bekreftelse på formål), which the volunteer sends with their
 * application for a politiattest: who asks, for which role, why the law allows it, and who confirms it.
 */
public record PurposeConfirmation(Association association, String volunteerId, AttestRole role, String officerId,
                                  LocalDate confirmedOn) {

    public static final List<String> LEGAL_BASIS = List.of("politiregisterloven § 39",
        "politiregisterforskriften § 34-1");
}
