package io.commentmod.notification.mail;

import java.io.UnsupportedEncodingException;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;

/**
 * Sends multipart (plain text + HTML) messages over SMTP with the one-click unsubscribe headers of RFC 8058, a
 * stable {@code Message-ID} and, for notices about an article, the references that thread them.
 */
@Component
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final Session session;
    private final String from;
    private final String fromName;

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader on every message written unless this names
        // it; in a Spring Boot jar that lookup scans the nested jars each time.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    SmtpMailer(JavaMailSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.session = sender.createMimeMessage().getSession();
        this.from = properties.from();
        this.fromName = MailText.headerSafe(properties.fromName(), 60);
    }

    @Override
    public void send(OutgoingMail mail) {
        sender.send(toMime(mail));
    }

    /**
     * Built with the Jakarta Mail API directly: Spring's MimeMessageHelper, given a message it did not create, builds
     * a new file-type map per message by scanning the class path (measured: half of notification-service's CPU).
     */
    private MimeMessage toMime(OutgoingMail mail) {
        try {
            MimeMessage message = new StableIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            // JavaMail quotes or encodes the display name; header-safety was applied when it was composed.
            InternetAddress to = mail.toName().isEmpty() ? new InternetAddress(mail.to())
                    : new InternetAddress(mail.to(), mail.toName(), "UTF-8");
            to.validate();
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            message.setContent(alternative);
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            // RFC 3834: tells auto-responders (out-of-office) not to answer a notification; the second is Outlook's.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
            if (mail.threadId() != null) {
                message.setHeader("In-Reply-To", mail.threadId());
                message.setHeader("References", mail.threadId());
            }
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not build the message", e);
        }
    }

    /** JavaMail replaces any Message-ID with a random one when the message is saved, unless told otherwise. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
