package io.commentmod.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.delivery.DigestSender;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.Smtp;
import io.commentmod.notification.support.StatusChanges;
import jakarta.mail.internet.MimeMessage;

class PreferencesAndDigestTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private UnsubscribeTokens tokens;

    @Autowired
    private DigestSender digests;

    @Autowired
    private EmailPreferences preferences;

    @Test
    void therapistWhoChoseTheDailyDigestGetsOneEmailWithTheDaysComments() throws Exception {
        // Given a therapist who chose, on the page behind their email's link, a daily email for comments and replies
        String therapist = "rivera-" + UUID.randomUUID() + "@therapists.example";
        String token = tokens.issue(therapist, NotificationKind.NEW_COMMENT.name());
        HttpResponse<String> saved = postForm("/preferences?token=" + token, "NEW_COMMENT=DAILY&NEW_REPLY=DAILY");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved.").doesNotContain(therapist);
        assertThat(get("/preferences?token=" + token).body())
                .containsPattern("name=\"NEW_COMMENT\" value=\"DAILY\" checked")
                .containsPattern("name=\"NEW_REPLY\" value=\"DAILY\" checked")
                .containsPattern("name=\"REPLY_TO_YOU\" value=\"IMMEDIATE\" checked");

        // When two comments and a reply are published on their article (one of them delivered twice)
        String articleId = "a-" + UUID.randomUUID();
        List<CommentStatusChanged> published = List.of(
                on(articleId, therapist).body("The first comment of the day").build(),
                on(articleId, therapist).body("The second comment <b>of</b> the day").build(),
                on(articleId, therapist).replyTo("Alex", "alex-" + UUID.randomUUID() + "@readers.example", false,
                        CommentStatus.PUBLISHED).body("A reply, later that day").build());
        published.forEach(this::publish);
        publish(published.get(0));

        // Then nothing is sent right away: each is queued for the digest, once
        await().atMost(WAIT).until(() -> published.stream()
                .allMatch(e -> deliveriesOf(e.commentId()).size() == 1
                        && "QUEUED".equals(deliveriesOf(e.commentId()).get(0).getString("status"))));
        assertThat(digests.sendDue(Instant.now())).isZero();
        assertThat(messagesTo(therapist)).isEmpty();

        // When the digest time has come
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        digests.sendDue(tomorrow);

        // Then one email lists all three, escaped, with an unsubscribe-from-all link; a second poll sends nothing
        assertThat(messagesTo(therapist)).hasSize(1);
        MimeMessage digest = messagesTo(therapist).get(0);
        assertThat(digest.getSubject()).isEqualTo("3 new comments today");
        assertThat(Smtp.part(digest, "text/html")).contains("The first comment of the day",
                "The second comment &lt;b&gt;of&lt;/b&gt; the day", "A reply, later that day", "replied to a comment");
        assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        digests.sendDue(tomorrow);
        assertThat(messagesTo(therapist)).hasSize(1);
        assertThat(published).allSatisfy(e -> assertThat(deliveriesOf(e.commentId()).get(0).getString("status"))
                .isEqualTo("SENT"));
        assertThat(meters.find("notifications.digest.size").summary().max()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void kindTurnedOffBeforeTheDigestGoesOutIsDroppedFromIt() {
        // Given a queued notice for a therapist on the daily digest
        String therapist = "kim-" + UUID.randomUUID() + "@therapists.example";
        preferences.set(therapist, java.util.Map.of(NotificationKind.NEW_COMMENT, DeliveryMode.DAILY));
        CommentStatusChanged event = on("a-" + UUID.randomUUID(), therapist).build();
        publish(event);
        await().atMost(WAIT).until(() -> deliveriesOf(event.commentId()).size() == 1);

        // When they turn that kind off, and the digest time comes
        preferences.set(therapist, java.util.Map.of(NotificationKind.NEW_COMMENT, DeliveryMode.OFF));
        digests.sendDue(Instant.now().plus(Duration.ofDays(1)));

        // Then no email is sent, and the notice is recorded as suppressed
        assertThat(messagesTo(therapist)).isEmpty();
        assertThat(deliveriesOf(event.commentId()).get(0).getString("status")).isEqualTo("SUPPRESSED");
    }

    @Test
    void badChoiceIsRefusedWithAFieldMessageAndChangesNothing() {
        String reader = "reader-" + UUID.randomUUID() + "@readers.example";
        String token = tokens.issue(reader, NotificationKind.REPLY_TO_YOU.name());

        HttpResponse<String> unknownMode = postForm("/preferences?token=" + token, "REPLY_TO_YOU=WEEKLY&NEW_COMMENT=OFF");
        HttpResponse<String> urgentDigest = postForm("/preferences?token=" + token, "URGENT_HOLD=DAILY");
        HttpResponse<String> forged = postForm("/preferences?token=" + URLEncoder.encode(token + "x",
                StandardCharsets.UTF_8), "REPLY_TO_YOU=OFF");

        assertThat(unknownMode.statusCode()).isEqualTo(400);
        assertThat(unknownMode.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknownMode.body()).contains("REPLY_TO_YOU", "must be IMMEDIATE, DAILY or OFF");
        assertThat(urgentDigest.statusCode()).isEqualTo(400);
        assertThat(urgentDigest.body()).contains("URGENT_HOLD", "cannot wait for a digest");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(preferences.modesOf(reader).values()).containsOnly(DeliveryMode.IMMEDIATE);
    }

    @Test
    void replyEmailOffMeansNoReplyEmailWhileTheTherapistStillHears() {
        // Given a reader who turned reply emails off on their preferences page
        String reader = "reader-" + UUID.randomUUID() + "@readers.example";
        String token = tokens.issue(reader, NotificationKind.REPLY_TO_YOU.name());
        assertThat(postForm("/preferences?token=" + token, "REPLY_TO_YOU=OFF").statusCode()).isEqualTo(200);

        // When someone replies to their comment (they had opted in when commenting)
        StatusChanges reply = StatusChanges.publication().replyTo("Reader", reader, true, CommentStatus.PUBLISHED);
        publish(reply.build());

        // Then the therapist is told and the reader is not
        await().atMost(WAIT).until(() -> messagesTo(reply.therapist().email()).size() == 1);
        await().atMost(WAIT).until(() -> suppressed("REPLY_TO_YOU", "unsubscribed") >= 1);
        assertThat(messagesTo(reader)).isEmpty();
    }

    private static StatusChanges on(String articleId, String therapist) {
        return StatusChanges.publication().articleId(articleId).therapist("Dr. Rivera", therapist);
    }
}
