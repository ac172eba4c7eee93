package no.samskap.platform.ratelimits;

import no.samskap.platform.security.WritingPerson;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The keys writes are counted under: one per person in a municipality, one per address. The person's id and the
 * address are kept only as digests, so the counts hold nothing that names anyone and an erasure need not visit them.
 */
final class LimitKeys {

    private LimitKeys() {
    }

    static String person(WritingPerson person) {
        return "person:" + person.municipality().value() + ":" + digest(person.subject());
    }

    static String address(InetAddress address) {
        return "address:" + digest(address.getHostAddress());
    }

    private static String digest(String value) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
