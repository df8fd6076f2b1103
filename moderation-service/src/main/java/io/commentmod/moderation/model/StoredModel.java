package io.commentmod.moderation.model;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One snapshot of the learned model ({@code SpamClassifier.toBytes()}), keyed by its version. The newest by
 * {@code createdAt} is what an instance loads on start. Versions are derived from the training data and the
 * decisions learned in order, so two instances saving the same state write the same key and only one is kept.
 *
 * @param updates online updates learned since training
 * @param source  {@code bootstrap:<file name>} or {@code learned:<instance id>}
 */
@Document(StoredModel.COLLECTION)
record StoredModel(@Id String version, byte[] bytes, long updates, String source, Instant createdAt) {

    static final String COLLECTION = "spam_models";
    static final String CREATED_AT = "createdAt";
}
