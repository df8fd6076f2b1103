package io.commentmod.moderation.intake;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What moderators decided about an author as a person, keyed like the cases ({@link AuthorKeys#authorKey}). Only
 * read here: the moderator screens that set the flags come later; until then an operator sets them in MongoDB.
 *
 * @param trusted a moderator vouches for the author (a trust bonus)
 * @param blocked a moderator blocked the author (everything they post is rejected, unless they may be in danger)
 */
@Document(AuthorStanding.COLLECTION)
record AuthorStanding(@Id String authorKey, boolean trusted, boolean blocked, Instant updatedAt) {

    static final String COLLECTION = "authors";
}
