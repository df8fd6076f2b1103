package io.commentmod.localstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.angus.mail.util.MailStreamProvider;

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
import jakarta.mail.util.StreamProvider;

/**
 * GreenMail's SMTP server: accepts mail for any recipient (a mailbox is created on first delivery) and keeps it in
 * memory only. Also turns GreenMail's per-mailbox copies back into one entry per message for the viewer.
 * <p>
 * The server can be stopped and started again on the same port ({@link #stopServer()}, {@link #startServer()}) to
 * play an SMTP outage; mail received before the stop is kept and still listed.
 */
final class MailCatcher implements AutoCloseable {

    private final int smtpPort;
    private volatile GreenMail greenMail;
    /** Copies received by servers stopped before the current one, in arrival order. */
    private final List<Copy> earlier = new CopyOnWriteArrayList<>();

    private MailCatcher(int smtpPort, GreenMail greenMail) {
        this.smtpPort = smtpPort;
        this.greenMail = greenMail;
    }

    static MailCatcher start(int smtpPort) {
        return new MailCatcher(smtpPort, startGreenMail(smtpPort));
    }

    private static GreenMail startGreenMail(int smtpPort) {
        // Named, Jakarta Mail's stream provider is not looked up with a ServiceLoader for every message GreenMail
        // parses: 9% of the launcher's CPU at 100 comments/s (docs/benchmarks.md)
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
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
        return greenMail;
    }

    /** The current SMTP server (a new one after each {@link #startServer()}). */
    GreenMail greenMail() {
        return greenMail;
    }

    /** Stops listening (senders get "connection refused"); the mail received so far stays listed. */
    synchronized void stopServer() {
        GreenMail current = greenMail;
        if (current == null) {
            return;
        }
        earlier.addAll(copies(current));
        current.stop();
        greenMail = null;
    }

    /** Listens again on the same port after {@link #stopServer()}; does nothing if it is running. */
    synchronized void startServer() {
        if (greenMail == null) {
            greenMail = startGreenMail(smtpPort);
        }
    }

    boolean isRunning() {
        return greenMail != null;
    }

    /**
     * All messages received so far, oldest first; a message sent to several recipients is one entry. The same message
     * received twice (e.g. sent again with the same Message-ID) is two entries.
     */
    List<CapturedMail> messages() {
        List<Copy> copies = new ArrayList<>(earlier);
        GreenMail current = greenMail;
        if (current != null) {
            copies.addAll(copies(current));
        }
        Map<String, Delivery> byMessage = new LinkedHashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Copy copy : copies) {
            // GreenMail stores one copy per recipient mailbox; the Message-ID ties the copies together, and its n-th
            // copy in one mailbox belongs with its n-th copy in another
            String id = messageId(copy.message());
            String key;
            if (id == null) {
                key = copy.recipient() + "#" + copy.serial();
            } else {
                int n = occurrences.merge(copy.recipient() + "\n" + id, 1, Integer::sum);
                key = id + "#" + n;
            }
            byMessage.computeIfAbsent(key, k -> new Delivery(copy.message(), copy.receivedAt(), copy.serial()))
                    .recipients.add(copy.recipient());
        }
        List<Delivery> deliveries = new ArrayList<>(byMessage.values());
        deliveries.sort(Comparator.comparing((Delivery d) -> d.receivedAt).thenComparingLong(d -> d.serial));
        List<CapturedMail> messages = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            messages.add(delivery.toCaptured(messages.size() + 1));
        }
        return messages;
    }

    /** One message in one recipient's mailbox. {@code serial} orders copies received in the same millisecond. */
    private record Copy(String recipient, MimeMessage message, Instant receivedAt, long serial) {
    }

    private List<Copy> copies(GreenMail server) {
        List<Copy> copies = new ArrayList<>();
        for (GreenMailUser user : server.getUserManager().listUser()) {
            for (StoredMessage stored : inbox(server, user)) {
                copies.add(new Copy(user.getEmail(), stored.getMimeMessage(), stored.getReceivedDate().toInstant(),
                        SERIAL.incrementAndGet()));
            }
        }
        copies.sort(Comparator.comparing(Copy::receivedAt).thenComparingLong(Copy::serial));
        return copies;
    }

    private static final AtomicLong SERIAL = new AtomicLong();

    private static List<StoredMessage> inbox(GreenMail server, GreenMailUser user) {
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            return List.of();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null; // without an id every copy is its own entry
        }
    }

    @Override
    public void close() {
        stopServer();
    }

    private static final class Delivery {
        private final MimeMessage message;
        private final Instant receivedAt;
        private final long serial;
        private final TreeSet<String> recipients = new TreeSet<>();

        private Delivery(MimeMessage message, Instant receivedAt, long serial) {
            this.message = message;
            this.receivedAt = receivedAt;
            this.serial = serial;
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
