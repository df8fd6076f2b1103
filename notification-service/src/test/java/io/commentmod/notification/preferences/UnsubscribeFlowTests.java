package io.commentmod.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.Smtp;
import io.commentmod.notification.support.StatusChanges;
import jakarta.mail.internet.MimeMessage;

class UnsubscribeFlowTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @Autowired
    private EmailPreferences preferences;

    @Autowired
    private UnsubscribeTokens tokens;

    @Test
    void oneClickUnsubscribeStopsTheNextEmail() {
        // Given a therapist who received an email about a comment on their article
        StatusChanges first = StatusChanges.publication();
        String therapist = first.therapist().email();
        publish(first.build());
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 1);
        String token = tokenFrom(messagesTo(therapist).get(0));

        // When their mail client posts the RFC 8058 one-click request, without login or CSRF token
        HttpResponse<String> response = postForm("/unsubscribe?token=" + token, "List-Unsubscribe=One-Click");

        // Then the unsubscribe is confirmed
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("You are unsubscribed", "new comments on your articles");
        assertThat(response.body()).doesNotContain(therapist);

        // And the next comment on their article is not mailed to them
        double unsubscribedBefore = suppressed("NEW_COMMENT", "unsubscribed");
        StatusChanges second = StatusChanges.publication().therapist(first.therapist().name(), therapist);
        publish(second.build());
        await().atMost(WAIT).until(
                () -> suppressed("NEW_COMMENT", "unsubscribed") >= unsubscribedBefore + 1);
        assertThat(messagesTo(therapist)).hasSize(1);
        assertThat(deliveriesOf(second.build().commentId())).isEmpty();

        // And only the address's hash is stored, never the address
        assertThat(mongo.getCollection("preferences").find().into(new java.util.ArrayList<>()))
                .allSatisfy(doc -> assertThat(doc.toJson()).doesNotContain("@"));
    }

    @Test
    void confirmationPageShowsAFormAndUnsubscribesNobody() {
        // Given a valid link for a commenter's reply emails
        String email = "reader-" + java.util.UUID.randomUUID() + "@readers.example";
        String token = tokens.issue(email, NotificationKind.REPLY_TO_YOU.name());

        // When the link is opened (as a mail scanner or a person would)
        HttpResponse<String> page = get("/unsubscribe?token=" + token);

        // Then a confirmation page with POST forms is shown, and nothing is recorded yet
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/unsubscribe\">", token,
                "replies to your comments", "Unsubscribe from all emails");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(preferences.modeOf(email, NotificationKind.REPLY_TO_YOU)).isEqualTo(DeliveryMode.IMMEDIATE);

        // And posting the form's "all" token stops every kind
        Matcher all = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(all.find()).isTrue();
        assertThat(all.find()).isTrue();
        assertThat(postForm("/unsubscribe", "token=" + all.group(1)).statusCode()).isEqualTo(200);
        assertThat(preferences.modeOf(email, NotificationKind.NEW_COMMENT)).isEqualTo(DeliveryMode.OFF);
        assertThat(preferences.modeOf(email, NotificationKind.REPLY_TO_YOU)).isEqualTo(DeliveryMode.OFF);
    }

    @Test
    void tamperedTokenIsRefusedWithProblemJson() {
        // Given a valid token with one character of its signature changed
        String token = tokens.issue("someone@readers.example", "NEW_COMMENT");
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        // When it is posted or opened
        HttpResponse<String> post = postForm("/unsubscribe?token=" + tampered, "List-Unsubscribe=One-Click");
        HttpResponse<String> open = get("/unsubscribe?token=" + tampered);
        HttpResponse<String> missing = postForm("/unsubscribe", "List-Unsubscribe=One-Click");

        // Then each answer is a 400 problem, and nobody is unsubscribed
        for (HttpResponse<String> response : java.util.List.of(post, open, missing)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":400", "invalid or has expired");
        }
        assertThat(preferences.modeOf("someone@readers.example", NotificationKind.NEW_COMMENT)).isEqualTo(DeliveryMode.IMMEDIATE);
    }

    private static String tokenFrom(MimeMessage mail) {
        try {
            Matcher matcher = TOKEN.matcher(mail.getHeader("List-Unsubscribe", null));
            assertThat(matcher.find()).isTrue();
            assertThat(Smtp.part(mail, "text/plain")).contains(matcher.group(1));
            return matcher.group(1);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
