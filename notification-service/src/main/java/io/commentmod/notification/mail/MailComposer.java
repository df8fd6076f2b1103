package io.commentmod.notification.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.preferences.UnsubscribeLinks.Links;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;

/**
 * Renders emails from the templates in {@code templates/mail/}: {@code .html} in HTML mode (every value escaped) and
 * {@code .txt} in TEXT mode. Three kinds of email: one notice, a daily digest of notices, an on-call alert.
 * <p>
 * The engine is private to mail: declaring it as a bean would replace the web page engine Boot configures.
 */
@Component
public class MailComposer {

    static final int SUBJECT_MAX = 160;

    private final TemplateEngine templates = mailTemplateEngine();
    private final MessageIds messageIds;

    @Autowired
    public MailComposer(NotificationProperties properties) {
        this(properties.from());
    }

    MailComposer(String fromAddress) {
        this.messageIds = new MessageIds(fromAddress);
    }

    public OutgoingMail compose(Notice notice, Recipient recipient, Links links) {
        Copy copy = Copy.of(notice);
        Context context = context(recipient.name(), links);
        context.setVariable("headline", copy.headline());
        context.setVariable("notice", notice);
        context.setVariable("reason", copy.reason());
        return new OutgoingMail(recipient.email(), greeting(recipient.name()),
                MailText.headerSafe(copy.subject(), SUBJECT_MAX),
                templates.process("mail/notification.txt", context),
                templates.process("mail/notification.html", context),
                links.unsubscribe(),
                messageIds.delivery(notice.commentId(), notice.kind().name(), recipient.email()),
                messageIds.articleThread(notice.articleId(), recipient.email()));
    }

    /** One email for a day's notices, oldest first; the unsubscribe link stops all of them. */
    public OutgoingMail composeDigest(Recipient recipient, List<Notice> notices, Links links, String digestId) {
        Context context = context(recipient.name(), links);
        context.setVariable("notices", notices);
        String subject = notices.size() == 1 ? "1 new comment today" : notices.size() + " new comments today";
        return new OutgoingMail(recipient.email(), greeting(recipient.name()), subject,
                templates.process("mail/digest.txt", context),
                templates.process("mail/digest.html", context),
                links.unsubscribe(), messageIds.digest(digestId), null);
    }

    public OutgoingMail composeAlert(AlertNotice alert, Recipient recipient, Links links) {
        Context context = context(recipient.name(), links);
        context.setVariable("alert", alert);
        return new OutgoingMail(recipient.email(), greeting(recipient.name()),
                "URGENT: a comment was held for a safety review",
                templates.process("mail/urgent-hold.txt", context),
                templates.process("mail/urgent-hold.html", context),
                links.unsubscribe(),
                messageIds.delivery(alert.commentId(), NotificationKind.URGENT_HOLD.name(), recipient.email()), null);
    }

    private static Context context(String recipientName, Links links) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("greeting", greeting(recipientName));
        variables.put("unsubscribeUrl", links.unsubscribe());
        variables.put("preferencesUrl", links.preferences());
        return new Context(Locale.ENGLISH, variables);
    }

    private static String greeting(String name) {
        return MailText.headerSafe(name, Notice.NAME_MAX);
    }

    /**
     * The article's URL with the comment's anchor, or null when the URL is not plain http(s): a {@code javascript:}
     * link registered by a compromised site key must not reach an inbox.
     */
    static String commentUrl(ArticleRef article, String commentId) {
        if (article == null || article.url() == null || commentId == null) {
            return null;
        }
        try {
            URI uri = new URI(article.url().strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            String base = uri.getRawFragment() == null ? uri.toString()
                    : uri.toString().substring(0, uri.toString().indexOf('#'));
            return base + "#comment-" + UriUtils.encodeFragment(commentId, StandardCharsets.UTF_8);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static TemplateEngine mailTemplateEngine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * The words that differ by kind; everything else is in the templates. A therapist's new comments and replies on
     * one article share a subject, which is what Gmail needs, besides the references, to thread them.
     */
    record Copy(String subject, String headline, String reason) {

        static Copy of(Notice notice) {
            String quoted = "\u201C" + notice.articleTitle() + "\u201D";
            String commenter = notice.commenterName();
            String authorReason = "You are receiving this email because you wrote this article.";
            return switch (notice.kind()) {
                case NEW_COMMENT -> new Copy("New comment on " + quoted, commenter + " commented on your article",
                        authorReason);
                case NEW_REPLY -> new Copy("New comment on " + quoted,
                        commenter + " replied to a comment on your article", authorReason);
                case REPLY_TO_YOU -> notice.byTherapist()
                        ? new Copy("The author of " + quoted + " replied to your comment",
                                commenter + ", who wrote the article, replied to your comment",
                                "You are receiving this email because you asked to hear about replies to your comment.")
                        : new Copy("New reply to your comment on " + quoted, commenter + " replied to your comment",
                                "You are receiving this email because you asked to hear about replies to your comment.");
                case COMMENT_PUBLISHED -> new Copy("Your comment on " + quoted + " is published",
                        "Your comment is now published",
                        "You are receiving this email because your comment was held for review and a moderator"
                                + " has now published it.");
                case URGENT_HOLD -> throw new IllegalArgumentException("An urgent hold is an alert, not a notice");
            };
        }
    }
}
