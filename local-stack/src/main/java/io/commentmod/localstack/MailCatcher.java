package io.commentmod.localstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail's SMTP server: accepts mail for any recipient (a mailbox is created on first delivery) and keeps it in
 * memory only. Also turns GreenMail's per-mailbox copies back into one entry per message for the viewer.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;

    private MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailCatcher start(int smtpPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, Ports.HOST, ServerSetup.PROTOCOL_SMTP);
        // GreenMail's default of 2 s is too short while Kafka and three JVMs start on two busy cores
        smtp.setServerStartupTimeout(Duration.ofSeconds(15).toMillis());
        GreenMail greenMail = new GreenMail(smtp);
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            greenMail.stop();
            throw new LocalStackException("The SMTP server could not listen on " + Ports.HOST + ":" + smtpPort + ": "
                    + e.getMessage(), e);
        }
        return new MailCatcher(greenMail);
    }

    GreenMail greenMail() {
        return greenMail;
    }

    /** All messages received so far, oldest first; a message sent to several recipients is one entry. */
    List<CapturedMail> messages() {
        Map<String, Delivery> byMessage = new LinkedHashMap<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            for (StoredMessage stored : inbox(user)) {
                MimeMessage message = stored.getMimeMessage();
                String key = messageKey(message, user, stored);
                byMessage.computeIfAbsent(key, k -> new Delivery(message, stored.getReceivedDate().toInstant(), stored.getUid()))
                        .recipients.add(user.getEmail());
            }
        }
        List<Delivery> deliveries = new ArrayList<>(byMessage.values());
        deliveries.sort(Comparator.comparing((Delivery d) -> d.receivedAt).thenComparingLong(d -> d.uid));
        List<CapturedMail> messages = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            messages.add(delivery.toCaptured(messages.size() + 1));
        }
        return messages;
    }

    private List<StoredMessage> inbox(GreenMailUser user) {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            return List.of();
        }
    }

    /** GreenMail stores one copy per recipient mailbox; the Message-ID ties the copies together. */
    private static String messageKey(MimeMessage message, GreenMailUser user, StoredMessage stored) {
        try {
            String id = message.getMessageID();
            if (id != null) {
                return id;
            }
        } catch (MessagingException ignored) {
            // fall through: without an id every copy is its own entry
        }
        return user.getEmail() + "#" + stored.getUid();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static final class Delivery {
        private final MimeMessage message;
        private final Instant receivedAt;
        private final long uid;
        private final TreeSet<String> recipients = new TreeSet<>();

        private Delivery(MimeMessage message, Instant receivedAt, long uid) {
            this.message = message;
            this.receivedAt = receivedAt;
            this.uid = uid;
        }

        private CapturedMail toCaptured(int number) {
            try {
                Text text = text(message);
                return new CapturedMail(number, receivedAt, addresses(message.getFrom()), List.copyOf(recipients),
                        message.getSubject() == null ? "" : message.getSubject(), headers(message),
                        text.body, text.html);
            } catch (MessagingException | IOException e) {
                return new CapturedMail(number, receivedAt, "", List.copyOf(recipients), "(unreadable message)",
                        List.of(), String.valueOf(e.getMessage()), false);
            }
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> all = new ArrayList<>();
        for (Address address : addresses) {
            all.add(address.toString());
        }
        return String.join(", ", all);
    }

    private static List<String> headers(MimeMessage message) throws MessagingException {
        List<String> lines = new ArrayList<>();
        for (Enumeration<Header> headers = message.getAllHeaders(); headers.hasMoreElements(); ) {
            Header header = headers.nextElement();
            lines.add(header.getName() + ": " + header.getValue());
        }
        return Collections.unmodifiableList(lines);
    }

    private record Text(String body, boolean html) {
    }

    /** The plain-text part if there is one anywhere in the message, else the first HTML part, else nothing. */
    private static Text text(Part part) throws MessagingException, IOException {
        Text plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        Text html = find(part, "text/html");
        return html != null ? html : new Text("", false);
    }

    private static Text find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return new Text(String.valueOf(part.getContent()), mimeType.equals("text/html"));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Text found = find(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
