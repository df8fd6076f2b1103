package io.commentmod.notification.mail;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * What one notification about a published comment says, already cleaned for an email: single-line title and name,
 * bounded excerpt, a safe link or none. Kept with a digest's queued delivery, so the digest shows the comment as it
 * was when it was published.
 *
 * @param commentUrl     http(s) link to the comment on the article page, or null
 * @param byTherapist    the comment was written by the article's therapist (a reply "from the author")
 */
public record Notice(
        NotificationKind kind,
        String commentId,
        String articleId,
        String articleTitle,
        String commentUrl,
        String commenterName,
        String excerpt,
        boolean byTherapist) {

    static final int EXCERPT_MAX = 300;
    static final int TITLE_MAX = 120;
    static final int NAME_MAX = 80;

    public static Notice of(CommentStatusChanged event, NotificationKind kind, boolean byTherapist) {
        ArticleRef article = event.article();
        String title = MailText.headerSafe(article == null ? null : article.title(), TITLE_MAX);
        String commenter = MailText.headerSafe(event.author() == null ? null : event.author().name(), NAME_MAX);
        return new Notice(kind, event.commentId(), article == null ? null : article.id(),
                title.isEmpty() ? "an article" : title,
                MailComposer.commentUrl(article, event.commentId()),
                commenter.isEmpty() ? "A reader" : commenter,
                MailText.excerpt(event.body(), EXCERPT_MAX),
                byTherapist);
    }
}
