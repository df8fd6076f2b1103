package io.commentmod.notification.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;

/**
 * Renders the email for one recipient of one published comment from {@code templates/mail/notification.html} (HTML
 * mode: every value is escaped) and {@code templates/mail/notification.txt} (TEXT mode).
 * <p>
 * The engine is private to mail: declaring it as a bean would replace the web page engine Boot configures.
 */
@Component
public class MailComposer {

    static final int EXCERPT_MAX = 300;
    static final int TITLE_MAX = 120;
    static final int NAME_MAX = 80;
    static final int SUBJECT_MAX = 160;

    private final TemplateEngine templates = mailTemplateEngine();

    public OutgoingMail compose(CommentStatusChanged event, Recipient recipient, String unsubscribeUrl) {
        ArticleRef article = event.article();
        String title = MailText.singleLine(article == null ? null : article.title(), TITLE_MAX);
        if (title.isEmpty()) {
            title = "an article";
        }
        String commenter = MailText.singleLine(event.author() == null ? null : event.author().name(), NAME_MAX);
        if (commenter.isEmpty()) {
            commenter = "A reader";
        }
        Copy copy = Copy.of(recipient.kind(), commenter, title);

        Map<String, Object> variables = new HashMap<>();
        variables.put("greeting", MailText.singleLine(recipient.name(), NAME_MAX));
        variables.put("headline", copy.headline());
        variables.put("articleTitle", title);
        variables.put("commenterName", commenter);
        variables.put("excerpt", MailText.excerpt(event.body(), EXCERPT_MAX));
        variables.put("commentUrl", commentUrl(article, event.commentId()));
        variables.put("reason", copy.reason());
        variables.put("unsubscribeUrl", unsubscribeUrl);
        Context context = new Context(Locale.ENGLISH, variables);

        return new OutgoingMail(recipient.email(),
                MailText.singleLine(copy.subject(), SUBJECT_MAX),
                templates.process("mail/notification.txt", context),
                templates.process("mail/notification.html", context),
                unsubscribeUrl);
    }

    /**
     * The article's URL with the comment's anchor, or null when the URL is not plain http(s): a {@code javascript:}
     * link registered by a compromised site key must not reach an inbox.
     */
    static String commentUrl(ArticleRef article, String commentId) {
        if (article == null || article.url() == null) {
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

    /** The words that differ by kind; everything else is in the templates. */
    record Copy(String subject, String headline, String reason) {

        static Copy of(NotificationKind kind, String commenter, String title) {
            String quoted = "\u201C" + title + "\u201D";
            return switch (kind) {
                case NEW_COMMENT -> new Copy("New comment on " + quoted,
                        commenter + " commented on your article",
                        "You are receiving this email because you wrote this article.");
                case NEW_REPLY -> new Copy("New reply on " + quoted,
                        commenter + " replied to a comment on your article",
                        "You are receiving this email because you wrote this article.");
                case REPLY_TO_YOU -> new Copy("New reply to your comment on " + quoted,
                        commenter + " replied to your comment",
                        "You are receiving this email because you asked to hear about replies to your comment.");
                case COMMENT_PUBLISHED -> new Copy("Your comment on " + quoted + " is published",
                        "Your comment is now published",
                        "You are receiving this email because your comment was held for review and a moderator"
                                + " has now published it.");
            };
        }
    }
}
