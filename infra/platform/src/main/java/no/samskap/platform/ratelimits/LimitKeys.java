package no.samskap.platform.ratelimits;

import no.samskap.platform.security.WritingPerson;

import java.net.InetAddress;

/** The keys writes are counted under: one per person in a municipality, one per address. */
final class LimitKeys {

    private LimitKeys() {
    }

    static String person(WritingPerson person) {
        return "person:" + person.municipality().value() + ":" + person.subject();
    }

    static String address(InetAddress address) {
        return "address:" + address.getHostAddress();
    }
}
