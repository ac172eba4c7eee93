package no.samskap.testkit.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string literals of a compiled class, read from its constant pool: SQL text, text blocks, the recipes of
 * string concatenations and the names handed to jOOQ's {@code DSL.table(...)} all end up there.
 */
final class StringConstants {

    private static final int UTF8 = 1;
    private static final int STRING = 8;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;

    private StringConstants() {
    }

    static List<String> of(URI classFile) {
        try (var in = classFile.toURL().openStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + classFile, e);
        }
    }

    static List<String> read(InputStream classFile) throws IOException {
        var in = new DataInputStream(classFile);
        in.skipNBytes(8);
        var count = in.readUnsignedShort();
        var texts = new HashMap<Integer, String>();
        var strings = new ArrayList<Integer>();
        for (int index = 1; index < count; index++) {
            var tag = in.readUnsignedByte();
            if (tag == UTF8) {
                texts.put(index, in.readUTF());
            } else if (tag == STRING) {
                strings.add(in.readUnsignedShort());
            } else {
                in.skipNBytes(sizeOf(tag));
                if (tag == LONG || tag == DOUBLE) {
                    index++;
                }
            }
        }
        return resolved(strings, texts);
    }

    private static List<String> resolved(List<Integer> strings, Map<Integer, String> texts) {
        return strings.stream().map(texts::get).toList();
    }

    // The sizes of the other constant pool entries, by tag, as the JVM specification (section 4.4) lists them.
    private static int sizeOf(int tag) {
        switch (tag) {
            case 7: case 16: case 19: case 20:
                return 2;
            case 15:
                return 3;
            case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                return 4;
            case LONG: case DOUBLE:
                return 8;
            default:
                throw new IllegalArgumentException("Not a class file: constant pool tag " + tag);
        }
    }
}
