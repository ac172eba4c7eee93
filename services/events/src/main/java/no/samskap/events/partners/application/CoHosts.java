package no.samskap.events.partners.application;

import no.samskap.contract.MunicipalityNumber;

import java.util.List;
import java.util.UUID;

/** The verified associations of a municipality, by name: those an event there may name as co-hosts. */
public interface CoHosts {

    record CoHost(UUID id, String name) {
    }

    List<CoHost> verifiedIn(MunicipalityNumber municipality);
}
