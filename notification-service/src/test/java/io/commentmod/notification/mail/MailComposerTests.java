package io.commentmod.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatusChanged;
import java.util.List;

import io.commentmod.notification.preferences.UnsubscribeLinks.Links;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;
import io.commentmod.notification.support.StatusChanges;

class MailComposerTests {

    private static final String UNSUBSCRIBE = "http://localhost:8083/unsubscribe?token=abc.def";
    private static final Links LINKS = new Links(UNSUBSCRIBE, "http://localhost:8083/preferences?token=abc.def");

    private final MailComposer composer = new MailComposer("notifications@commentmod.local");

    @Test
    void emailNamesTheArticleTheCommenterTheCommentLinkAndWhyItWasSent() {
        // Given a published comment
        CommentStatusChanged event = StatusChanges.publication().commentId("c-42").author("Sam", "sam@readers.example")
                .article("Is crying in session normal?", "https://qa.example.org/articles/crying").build();

        // When the therapist's email is composed
        OutgoingMail mail = compose(event, therapist(NotificationKind.NEW_COMMENT));

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
        OutgoingMail mail = compose(event, therapist(NotificationKind.NEW_COMMENT));

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
        OutgoingMail mail = compose(event, therapist(NotificationKind.NEW_COMMENT));

        // Then the excerpt ends with an ellipsis within the limit
        String excerpt = MailText.excerpt(event.body(), Notice.EXCERPT_MAX);
        assertThat(excerpt).hasSizeLessThanOrEqualTo(300).endsWith("\u2026");
        assertThat(mail.text()).contains(excerpt).doesNotContain("word ".repeat(70));
    }

    @Test
    void longTitleGivesABoundedSubject() {
        CommentStatusChanged event = StatusChanges.publication().article("T".repeat(1000), "https://x.example/a").build();

        OutgoingMail mail = compose(event, therapist(NotificationKind.NEW_REPLY));

        assertThat(mail.subject()).startsWith("New comment on \u201CTTT").hasSizeLessThanOrEqualTo(MailComposer.SUBJECT_MAX);
    }

    @Test
    void articleLinkThatIsNotHttpIsLeftOut() {
        // Given an article registered with a script URL
        CommentStatusChanged event = StatusChanges.publication().article("Title", "javascript:alert(1)").build();

        // When the email is composed
        OutgoingMail mail = compose(event, therapist(NotificationKind.NEW_COMMENT));

        // Then there is no link to it in either part
        assertThat(mail.html()).doesNotContain("javascript:").doesNotContain("Read the comment");
        assertThat(mail.text()).doesNotContain("javascript:");
    }

    @Test
    void replyNotificationTellsTheParentAuthorWhyTheyGotIt() {
        CommentStatusChanged event = StatusChanges.publication().author("Jordan", "jordan@readers.example").build();

        OutgoingMail mail = compose(event, new Recipient("alex@readers.example", "Alex", NotificationKind.REPLY_TO_YOU));

        assertThat(mail.to()).isEqualTo("alex@readers.example");
        assertThat(mail.subject()).startsWith("New reply to your comment on");
        assertThat(mail.text()).contains("Jordan replied to your comment", "asked to hear about replies");
    }

    @Test
    void therapistsReplyIsMarkedAsComingFromTheArticlesAuthor() {
        CommentStatusChanged event = StatusChanges.publication().author("Dr. Rivera", "rivera@therapists.example")
                .article("Is crying in session normal?", "https://qa.example.org/a").build();

        OutgoingMail mail = composer.compose(Notice.of(event, NotificationKind.REPLY_TO_YOU, true),
                new Recipient("alex@readers.example", "Alex", NotificationKind.REPLY_TO_YOU), LINKS);

        assertThat(mail.subject()).isEqualTo("The author of \u201CIs crying in session normal?\u201D replied to your"
                + " comment");
        assertThat(mail.text()).contains("Dr. Rivera, who wrote the article, replied to your comment");
    }

    @Test
    void encodedWordsInNamesAndTitlesAreNeutralised() {
        // Given a name and a title that a mail client would decode into other text (RFC 2047 encoded words)
        CommentStatusChanged event = StatusChanges.publication()
                .article("=?UTF-8?B?U3VwcG9ydCA8YWRtaW5AYmFuay5leGFtcGxlPg==?=", "https://qa.example.org/a").build();

        OutgoingMail mail = compose(event, new Recipient("x@readers.example",
                "=?UTF-8?Q?Admin=0D=0ABcc:_victim@example.org?=", NotificationKind.NEW_COMMENT));

        assertThat(mail.subject()).doesNotContain("=?");
        assertThat(mail.toName()).doesNotContain("=?").doesNotContain("\r", "\n");
    }

    @Test
    void messageIdIsStablePerDeliveryAndTheThreadIsPerArticle() {
        StatusChanges onArticle = StatusChanges.publication();
        CommentStatusChanged first = onArticle.build();
        CommentStatusChanged other = StatusChanges.publication().articleId(first.article().id()).build();
        Recipient therapist = therapist(NotificationKind.NEW_COMMENT);

        OutgoingMail once = compose(first, therapist);
        OutgoingMail again = compose(first, therapist);
        OutgoingMail second = compose(other, therapist);

        assertThat(once.messageId()).isEqualTo(again.messageId()).matches("<n\\.[0-9a-f]{32}@commentmod\\.local>");
        assertThat(second.messageId()).isNotEqualTo(once.messageId());
        assertThat(second.threadId()).isEqualTo(once.threadId()).isNotNull();
        assertThat(once.threadId()).doesNotContain(first.article().id(), therapist.email());
    }

    @Test
    void digestListsEveryNoticeAndAlertCarriesNoCommentText() {
        CommentStatusChanged a = StatusChanges.publication().body("First <b>comment</b>").build();
        CommentStatusChanged b = StatusChanges.publication().body("Second comment").build();
        Recipient therapist = therapist(NotificationKind.NEW_COMMENT);

        OutgoingMail digest = composer.composeDigest(therapist, List.of(Notice.of(a, NotificationKind.NEW_COMMENT,
                false), Notice.of(b, NotificationKind.NEW_REPLY, false)), LINKS, "d-1");
        OutgoingMail alert = composer.composeAlert(new AlertNotice("c-9", "art-1",
                List.of("SAFETY: mentions wanting to end their life"), "http://localhost:8082/console/cases/c-9",
                java.time.Instant.parse("2026-11-27T01:00:00Z")), new Recipient("oncall@example.org", "",
                NotificationKind.URGENT_HOLD), LINKS);

        assertThat(digest.subject()).isEqualTo("2 new comments today");
        assertThat(digest.html()).contains("First &lt;b&gt;comment&lt;/b&gt;", "Second comment",
                "replied to a comment");
        assertThat(digest.text()).contains("First <b>comment</b>", "Second comment", UNSUBSCRIBE);
        assertThat(alert.subject()).startsWith("URGENT");
        assertThat(alert.html()).contains("http://localhost:8082/console/cases/c-9",
                "SAFETY: mentions wanting to end their life");
        assertThat(alert.text()).contains("Open the case: http://localhost:8082/console/cases/c-9");
    }

    private OutgoingMail compose(CommentStatusChanged event, Recipient recipient) {
        return composer.compose(Notice.of(event, recipient.kind(), false), recipient, LINKS);
    }

    private static Recipient therapist(NotificationKind kind) {
        return new Recipient("rivera@therapists.example", "Dr. Rivera", kind);
    }
}
