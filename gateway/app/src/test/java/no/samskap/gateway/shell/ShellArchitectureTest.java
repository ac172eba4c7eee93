package no.samskap.gateway.shell;

import no.samskap.testkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ShellArchitectureTest {

    @Test
    void knowsNoModuleNoServiceAndNoTableOfAModule() {
        ArchitectureRules.checkGatewayShell();
    }
}
