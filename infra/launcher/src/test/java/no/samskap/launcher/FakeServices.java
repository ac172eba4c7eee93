package no.samskap.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Runs {@link FakeService} from the test classes, or packs it into a runnable jar where a real one would be. */
final class FakeServices {

    private static final String CLASS_FOLDER = "no/samskap/launcher/";

    private FakeServices() {
    }

    static List<String> command() {
        return List.of(ChildCommand.javaExecutable().toString(), "-cp", testClasses().toString(),
            FakeService.class.getName());
    }

    static Path writeJar(Path jar) {
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        try {
            Files.createDirectories(jar.getParent());
            try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                 var classFiles = Files.list(testClasses().resolve(CLASS_FOLDER))) {
                for (var classFile : classFiles.filter(FakeServices::isFakeServiceClass).toList()) {
                    out.putNextEntry(new JarEntry(CLASS_FOLDER + classFile.getFileName()));
                    out.write(Files.readAllBytes(classFile));
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFakeServiceClass(Path file) {
        var name = file.getFileName().toString();
        return name.equals("FakeService.class") || name.startsWith("FakeService$");
    }

    private static Path testClasses() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
