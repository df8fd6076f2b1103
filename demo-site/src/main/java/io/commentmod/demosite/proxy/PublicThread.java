package io.commentmod.demosite.proxy;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /api/v1/articles/{id}/comments}: published comments, threaded, oldest first. An entry with
 * {@code hidden} is the place of a comment that is not published but has published replies; it carries no author,
 * text or date. Unknown fields are ignored so comment-service can add some without breaking the site.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicThread(String articleId, String title, List<Entry> comments) {

    public PublicThread {
        comments = comments == null ? List.of() : comments;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, Author author, String body, Instant date, Boolean byArticleTherapist,
            Boolean hidden, List<Entry> replies) {

        // wrappers, not primitives: each kind of entry leaves out the other kind's fields
        public Entry {
            byArticleTherapist = Boolean.TRUE.equals(byArticleTherapist);
            hidden = Boolean.TRUE.equals(hidden);
            replies = replies == null ? List.of() : replies;
        }

        public boolean isHidden() {
            return hidden;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String name) {
    }
}
