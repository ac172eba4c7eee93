package no.samskap.gateway.shell.web;

import java.util.Optional;

/** The name the frame gives a municipality, when it knows one (the shell's copy of the municipalities does). */
public interface MunicipalityNames {

    Optional<String> knownNameOf(String kommunenummer);
}
