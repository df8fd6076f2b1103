package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailSendException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.mail.MailComposer;
import io.commentmod.notification.mail.Mailer;
import io.commentmod.notification.mail.OutgoingMail;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.RecipientPlanner;
import io.commentmod.notification.support.StatusChanges;
import io.commentmod.notification.support.TestProperties;
import io.commentmod.notification.preferences.UnsubscribeLinks;
import io.commentmod.notification.preferences.UnsubscribeTokens;
import io.commentmod.notification.preferences.EmailPreferences;
import io.commentmod.notification.recipients.OnCallPlanner;
import io.commentmod.notification.recipients.Recipient;
import io.commentmod.testsupport.EmbeddedMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The claim/send/record cycle against a real (in-memory) MongoDB, with a mail server that can be told to refuse: the
 * failure paths that a healthy GreenMail cannot show.
 */
class NotifierTests {

    private static MongoClient client;
    private static MongoTemplate mongo;

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ScriptedMailer mailer = new ScriptedMailer();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NotificationMetrics metrics = new NotificationMetrics(meters);
    private Notifier notifier;
    private DeliveryLog deliveries;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.connectionString());
        mongo = new MongoTemplate(client, "notifier-tests");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void wire() {
        Clock clock = Clock.systemUTC();
        NotificationProperties properties = TestProperties.withSendLease(LEASE);
        deliveries = new DeliveryLog(mongo, clock, properties);
        deliveries.afterPropertiesSet();
        notifier = notifierWith(mailer);
    }

    private Notifier notifierWith(Mailer server) {
        Clock clock = Clock.systemUTC();
        NotificationProperties properties = TestProperties.withSendLease(LEASE);
        return new Notifier(new RecipientPlanner(), new OnCallPlanner(properties), new EmailPreferences(mongo, clock),
                new UnsubscribeLinks(new UnsubscribeTokens(properties, clock), properties),
                new MailComposer(properties), server, deliveries, new DigestTimes(properties), metrics, clock,
                properties);
    }

    @Test
    void failedSendIsRecordedAndSentOnceWhenTheEventIsRetried() {
        // Given an SMTP server that refuses the first attempt
        CommentStatusChanged event = StatusChanges.publication().build();
        String therapist = event.article().therapist().email().toLowerCase();
        mailer.refuse(therapist);

        // When the event is handled, then retried after the server recovers
        assertThatThrownBy(() -> notifier.handle(event)).isInstanceOf(MailSendException.class);
        Delivery failed = only(event.commentId());
        mailer.accept(therapist);
        notifier.handle(event);

        // Then the failure was recorded, and the retry sent exactly one email
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).contains("refused");
        assertThat(mailer.sent).extracting(OutgoingMail::to).containsExactly(therapist);
        Delivery sent = only(event.commentId());
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(meters.counter(NotificationMetrics.FAILED, "kind", "NEW_COMMENT").count()).isEqualTo(1);
        assertThat(meters.counter(NotificationMetrics.SENT, "kind", "NEW_COMMENT").count()).isEqualTo(1);

        // And a third delivery of the event sends nothing more
        notifier.handle(event);
        assertThat(mailer.sent).hasSize(1);
        assertThat(meters.counter(NotificationMetrics.SUPPRESSED, "kind", "NEW_COMMENT", "reason", "duplicate")
                .count()).isEqualTo(1);
    }

    @Test
    void deliveryInFlightElsewhereIsRetriedLaterNotSentTwice() {
        // Given a delivery another attempt has just claimed and is still sending
        CommentStatusChanged event = StatusChanges.publication().build();
        Recipient therapist = therapistOf(event);
        assertThat(deliveries.claim(therapist, event.commentId(), "a", "e", "s")).isEqualTo(DeliveryLog.Claim.CLAIMED);

        // When the event is redelivered meanwhile
        // Then this attempt sends nothing and fails, so that the event is retried later
        assertThatThrownBy(() -> notifier.handle(event)).isInstanceOf(DeliveryInFlightException.class);
        assertThat(mailer.sent).isEmpty();

        // And once the other attempt has sent it, the retry sends nothing either
        deliveries.markSent(therapist, event.commentId());
        notifier.handle(event);
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void twoInstancesHandlingTheSameEventAtOnceSendOneEmail() throws Exception {
        // Given two instances that both got the same event (a rebalance in the middle of handling it)
        CommentStatusChanged event = StatusChanges.publication().build();
        java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Mailer slowServer = mail -> {
            sending.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mailer.send(mail);
        };
        Notifier first = notifierWith(slowServer);

        // When the first is in the middle of the SMTP conversation while the second handles the event
        var firstRun = java.util.concurrent.CompletableFuture.runAsync(() -> first.handle(event));
        sending.await();
        assertThatThrownBy(() -> notifier.handle(event)).isInstanceOf(DeliveryInFlightException.class);
        release.countDown();
        firstRun.get();

        // Then exactly one email went out, and the second instance's retry sends nothing either
        notifier.handle(event);
        assertThat(mailer.sent).hasSize(1);
        assertThat(only(event.commentId()).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void deliveryAbandonedByACrashedInstanceIsSentOnceItsLeaseRunsOut() {
        // Given a delivery claimed by an instance that crashed before it could send, longer ago than the lease
        CommentStatusChanged event = StatusChanges.publication().build();
        Recipient therapist = therapistOf(event);
        deliveries.claim(therapist, event.commentId(), "a", "e", "s");
        mongo.updateFirst(query(where("commentId").is(event.commentId())),
                new org.springframework.data.mongodb.core.query.Update().set("claimedAt",
                        java.time.Instant.now().minus(LEASE).minusSeconds(1)),
                DeliveryLog.COLLECTION);

        // When the event is redelivered
        notifier.handle(event);

        // Then it is sent, once, with the same Message-ID any earlier copy would have had
        assertThat(mailer.sent).extracting(OutgoingMail::to).containsExactly(therapist.email());
        assertThat(only(event.commentId()).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(meters.counter(NotificationMetrics.RETRIED, "kind", "NEW_COMMENT").count()).isEqualTo(1);
        notifier.handle(event);
        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void oneRecipientsFailureDoesNotHoldUpTheOthers() {
        // Given a reply whose therapist's mailbox refuses mail while the parent's author's accepts it
        String parentAuthor = "alex-" + UUID.randomUUID() + "@readers.example";
        CommentStatusChanged event = StatusChanges.publication()
                .replyTo("Alex", parentAuthor, true, CommentStatus.PUBLISHED).build();
        String therapist = event.article().therapist().email().toLowerCase();
        mailer.refuse(therapist);

        // When the event is handled, and retried once the therapist's mailbox accepts mail again
        assertThatThrownBy(() -> notifier.handle(event)).isInstanceOf(MailSendException.class);
        List<String> afterFirstAttempt = new ArrayList<>(mailer.sent.stream().map(OutgoingMail::to).toList());
        mailer.accept(therapist);
        notifier.handle(event);

        // Then the parent's author was mailed at once, the therapist on the retry, each exactly once
        assertThat(afterFirstAttempt).containsExactly(parentAuthor);
        assertThat(mailer.sent).extracting(OutgoingMail::to).containsExactly(parentAuthor, therapist);
    }

    @Test
    void uniqueKeyRejectsASecondClaimForTheSameEmail() {
        String commentId = "c-" + UUID.randomUUID();
        Recipient x = new Recipient("x@example.org", "X", NotificationKind.NEW_COMMENT);
        DeliveryLog.Claim first = deliveries.claim(x, commentId, "a", "e1", "s");
        deliveries.markSent(x, commentId);
        DeliveryLog.Claim second = deliveries.claim(x, commentId, "a", "e2", "s");
        DeliveryLog.Claim otherKind = deliveries.claim(new Recipient("x@example.org", "X",
                NotificationKind.REPLY_TO_YOU), commentId, "a", "e2", "s");

        assertThat(List.of(first, second, otherKind)).containsExactly(DeliveryLog.Claim.CLAIMED,
                DeliveryLog.Claim.DONE, DeliveryLog.Claim.CLAIMED);
        assertThat(mongo.count(query(where("commentId").is(commentId)), DeliveryLog.COLLECTION)).isEqualTo(2);
    }

    private static Recipient therapistOf(CommentStatusChanged event) {
        return new Recipient(event.article().therapist().email().toLowerCase(), event.article().therapist().name(),
                NotificationKind.NEW_COMMENT);
    }

    private static Delivery only(String commentId) {
        List<Delivery> found = mongo.find(query(where("commentId").is(commentId)), Delivery.class,
                DeliveryLog.COLLECTION);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** A mail server that accepts everything except the addresses it is told to refuse. */
    private static final class ScriptedMailer implements Mailer {

        final List<OutgoingMail> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Set<String> refused = new HashSet<>();

        void refuse(String email) {
            refused.add(email);
        }

        void accept(String email) {
            refused.remove(email);
        }

        @Override
        public void send(OutgoingMail mail) {
            if (refused.contains(mail.to())) {
                throw new MailSendException("450 mailbox " + mail.to() + " refused the message");
            }
            sent.add(mail);
        }
    }
}
