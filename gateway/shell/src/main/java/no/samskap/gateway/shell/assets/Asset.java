package no.samskap.gateway.shell.assets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A static file and the first eight hex digits of the SHA-256 of its content, which go into its address. */
record Asset(String name, byte[] content, String hash) {

    Asset(String name, byte[] content) {
        this(name, content, hashOf(content));
    }

    String fingerprintedName() {
        var dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    String extension() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String hashOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
