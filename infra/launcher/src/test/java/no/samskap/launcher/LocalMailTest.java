package no.samskap.launcher;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalMailTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), () -> 0L);

    @Test
    void aMailSentToTheLocalServerIsWrittenToItsOwnEmlFileAndTheGatewayIsPointedAtIt(@TempDir Path root)
        throws IOException {
        var port = freePort();
        var environment = Map.of("SAMSKAP_MAIL_PORT", Integer.toString(port));
        var started = new StartedParts(progress);
        var mail = new LocalMail(new RepositoryLayout(root), environment, progress, started);
        try {
            var gateway = mail.start(new PortSettings(environment));

            assertEquals(Map.of("SAMSKAP_MAIL_HOST", "127.0.0.1", "SAMSKAP_MAIL_PORT", Integer.toString(port)), gateway);
            GreenMailUtil.sendTextEmail("ola@demo.samskap.no", "ikke-svar@samskap.local", "Samskap: 1 nytt varsel",
                "Dette har skjedd sidan sist", new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            assertEquals(1, mail.writeReceived());
            assertEquals(0, mail.writeReceived());
        } finally {
            started.stopAll();
        }

        try (var files = Files.list(root.resolve(".samskap").resolve("mail"))) {
            var written = files.toList();
            assertEquals(1, written.size(), written.toString());
            assertTrue(written.get(0).getFileName().toString().endsWith("-0001.eml"), written.toString());
            assertTrue(Files.readString(written.get(0)).contains("Subject: Samskap: 1 nytt varsel"));
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("SMTP 127.0.0.1:" + port), printed.toString());
    }

    @Test
    void aConfiguredSmtpServerIsUsedAndNoLocalOneStarts(@TempDir Path root) {
        var environment = Map.of("SAMSKAP_MAIL_HOST", "smtp.kommune.no");
        var mail = new LocalMail(new RepositoryLayout(root), environment, progress, new StartedParts(progress));

        assertEquals(Map.of(), mail.start(new PortSettings(environment)));
        assertTrue(mail.isExternal());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
