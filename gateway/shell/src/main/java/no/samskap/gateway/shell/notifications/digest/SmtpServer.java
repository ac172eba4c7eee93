package no.samskap.gateway.shell.notifications.digest;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

/**
 * The configured SMTP server, through Jakarta Mail. A mail's Message-ID comes from its id in the mail table, so a
 * mail sent again after a crash is recognisably the same mail.
 */
@Singleton
class SmtpServer {

    private final MailConfiguration configuration;
    private final Session session;

    SmtpServer(MailConfiguration configuration) {
        this.configuration = configuration;
        var properties = new Properties();
        properties.put("mail.smtp.host", configuration.host());
        properties.put("mail.smtp.port", Integer.toString(configuration.port()));
        properties.put("mail.smtp.connectiontimeout", Long.toString(configuration.timeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(configuration.timeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(configuration.timeout().toMillis()));
        this.session = Session.getInstance(properties);
    }

    void send(UUID mailId, String recipient, String subject, String htmlBody) throws MessagingException {
        var from = new InternetAddress(configuration.from());
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId(mailId, from));
            }
        };
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(htmlBody, StandardCharsets.UTF_8.name(), "html");
        Transport.send(message);
    }

    static String messageId(UUID mailId, InternetAddress from) {
        var address = from.getAddress();
        return "<" + mailId + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }
}
