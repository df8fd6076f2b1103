package io.commentmod.notification.mail;

import java.io.UnsupportedEncodingException;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends multipart (plain text + HTML) messages over SMTP with the one-click unsubscribe headers of RFC 8058, a
 * stable {@code Message-ID} and, for notices about an article, the references that thread them.
 */
@Component
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;
    private final String fromName;

    SmtpMailer(JavaMailSender sender, NotificationProperties properties) {
        this.sender = sender;
        this.from = properties.from();
        this.fromName = MailText.headerSafe(properties.fromName(), 60);
    }

    @Override
    public void send(OutgoingMail mail) {
        sender.send(toMime(mail));
    }

    private MimeMessage toMime(OutgoingMail mail) {
        try {
            MimeMessage message = new StableIdMessage(sender.createMimeMessage().getSession(), mail.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setValidateAddresses(true);
            helper.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            // JavaMail quotes or encodes the display name; header-safety was applied when it was composed.
            helper.setTo(mail.toName().isEmpty() ? new InternetAddress(mail.to())
                    : new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
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
