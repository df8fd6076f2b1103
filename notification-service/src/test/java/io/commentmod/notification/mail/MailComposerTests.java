package io.commentmod.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;
import io.commentmod.notification.support.StatusChanges;

class MailComposerTests {

    private static final String UNSUBSCRIBE = "http://localhost:8083/unsubscribe?token=abc.def";

    private final MailComposer composer = new MailComposer();

    @Test
    void emailNamesTheArticleTheCommenterTheCommentLinkAndWhyItWasSent() {
        // Given a published comment
        CommentStatusChanged event = StatusChanges.publication().commentId("c-42").author("Sam", "sam@readers.example")
                .article("Is crying in session normal?", "https://qa.example.org/articles/crying").build();

        // When the therapist's email is composed
        OutgoingMail mail = composer.compose(event, therapist(NotificationKind.NEW_COMMENT), UNSUBSCRIBE);

        // Then both parts carry the facts and the links
        assertThat(mail.subject()).isEqualTo("New comment on \u201CIs crying in session normal?\u201D");
        for (String part : new String[] {mail.text(), mail.html()}) {
            assertThat(part).contains("Is crying in session normal?", "Sam commented on your article",
                    "https://qa.example.org/articles/crying#comment-c-42", UNSUBSCRIBE.replace("&", "&amp;"),
                    "because you wrote this article", "Hello Dr. Rivera");
        }
        assertThat(mail.text()).contains(event.body());
        assertThat(mail.unsubscribeUrl()).isEqualTo(UNSUBSCRIBE);
    }

    @Test
    void hostileNameAndBodyAreEscapedAndCannotBreakTheSubject() {
        // Given a commenter who puts markup and header lines into every field
        CommentStatusChanged event = StatusChanges.publication()
                .author("<script>alert(1)</script>\r\nBcc: victim@example.org", "eve@evil.example")
                .body("<script>alert(1)</script> <img src=x onerror=alert(2)>")
                .article("Title\r\nBcc: victim@example.org\u202E", "https://qa.example.org/a").build();

        // When the email is composed
        OutgoingMail mail = composer.compose(event, therapist(NotificationKind.NEW_COMMENT), UNSUBSCRIBE);

        // Then the HTML shows the text instead of running it, and the subject is one clean line
        assertThat(mail.html()).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;img src=x onerror=alert(2)&gt;");
        assertThat(mail.subject()).doesNotContain("\r", "\n", "\u202E")
                .isEqualTo("New comment on \u201CTitle Bcc: victim@example.org\u201D");
        assertThat(mail.text()).doesNotContain("\r\nBcc:", "\nBcc:");
    }

    @Test
    void longCommentIsCutToThreeHundredCharacters() {
        // Given a comment of 2000 characters
        CommentStatusChanged event = StatusChanges.publication().body("word ".repeat(400)).build();

        // When the email is composed
        OutgoingMail mail = composer.compose(event, therapist(NotificationKind.NEW_COMMENT), UNSUBSCRIBE);

        // Then the excerpt ends with an ellipsis within the limit
        String excerpt = MailText.excerpt(event.body(), MailComposer.EXCERPT_MAX);
        assertThat(excerpt).hasSizeLessThanOrEqualTo(300).endsWith("\u2026");
        assertThat(mail.text()).contains(excerpt).doesNotContain("word ".repeat(70));
    }

    @Test
    void longTitleGivesABoundedSubject() {
        CommentStatusChanged event = StatusChanges.publication().article("T".repeat(1000), "https://x.example/a").build();

        OutgoingMail mail = composer.compose(event, therapist(NotificationKind.NEW_REPLY), UNSUBSCRIBE);

        assertThat(mail.subject()).startsWith("New reply on \u201CTTT").hasSizeLessThanOrEqualTo(MailComposer.SUBJECT_MAX);
    }

    @Test
    void articleLinkThatIsNotHttpIsLeftOut() {
        // Given an article registered with a script URL
        CommentStatusChanged event = StatusChanges.publication().article("Title", "javascript:alert(1)").build();

        // When the email is composed
        OutgoingMail mail = composer.compose(event, therapist(NotificationKind.NEW_COMMENT), UNSUBSCRIBE);

        // Then there is no link to it in either part
        assertThat(mail.html()).doesNotContain("javascript:").doesNotContain("Read the comment");
        assertThat(mail.text()).doesNotContain("javascript:");
    }

    @Test
    void replyNotificationTellsTheParentAuthorWhyTheyGotIt() {
        CommentStatusChanged event = StatusChanges.publication().author("Jordan", "jordan@readers.example").build();

        OutgoingMail mail = composer.compose(event,
                new Recipient("alex@readers.example", "Alex", NotificationKind.REPLY_TO_YOU), UNSUBSCRIBE);

        assertThat(mail.to()).isEqualTo("alex@readers.example");
        assertThat(mail.subject()).startsWith("New reply to your comment on");
        assertThat(mail.text()).contains("Jordan replied to your comment", "asked to hear about replies");
    }

    private static Recipient therapist(NotificationKind kind) {
        return new Recipient("rivera@therapists.example", "Dr. Rivera", kind);
    }
}
