package io.commentmod.moderation.authors;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What moderators decided about an author as a person, keyed like the cases ({@link AuthorKeys#authorKey}), so the
 * address itself is not stored here. Set through the authors API; read by the intake for every comment.
 *
 * @param trusted   a moderator vouches for the author (a trust bonus)
 * @param blocked   a moderator blocked the author (everything they post is rejected, unless they may be in danger)
 * @param updatedBy the moderator who set it
 * @param note      why, in their words
 */
@Document(AuthorStanding.COLLECTION)
public record AuthorStanding(@Id String authorKey, boolean trusted, boolean blocked, Instant updatedAt,
        String updatedBy, String note) {

    public static final String COLLECTION = "authors";
}
