package io.commentmod.demosite.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One comment as the page shows it. Besides published comments there are two kinds only one visitor ever sees:
 * their own comment awaiting moderation, and their own comment that was not published. A {@code placeholder} is
 * the place of a comment that is not shown but has published replies (comment-service's {@code hidden} entry).
 *
 * @param replies mutable while the page is assembled, so the visitor's own replies can be slotted under their parent
 */
public record CommentView(String id, String authorName, String body, Instant date, boolean byTherapist,
        Kind kind, List<CommentView> replies) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public enum Kind {
        PUBLISHED, PLACEHOLDER, OWN_AWAITING_MODERATION, OWN_NOT_PUBLISHED
    }

    static CommentView of(String id, String authorName, String body, Instant date, boolean byTherapist, Kind kind) {
        return new CommentView(id, authorName, body, date, byTherapist, kind, new ArrayList<>());
    }

    public String displayDate() {
        return date == null ? "" : DATE.format(date);
    }

    public String isoDate() {
        return date == null ? "" : date.toString();
    }

    /** Only published comments can be answered or reported. */
    public boolean published() {
        return kind == Kind.PUBLISHED;
    }

    public boolean placeholder() {
        return kind == Kind.PLACEHOLDER;
    }

    public boolean awaitingModeration() {
        return kind == Kind.OWN_AWAITING_MODERATION;
    }

    public boolean notPublished() {
        return kind == Kind.OWN_NOT_PUBLISHED;
    }
}
