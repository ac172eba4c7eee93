package no.samskap.platform.blocks;

/**
 * {@code samskap.person-blocks.enabled}: on unless set to false. A service refuses blocked people's writes without
 * asking for it; only a deployable that takes no writes of its own and must never hold blocks (the gateway) opts out.
 */
final class PersonBlockSettings {

    static final String ENABLED = "samskap.person-blocks.enabled";

    private PersonBlockSettings() {
    }
}
