package io.commentmod.moderation.accounts;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who may use the console and the API. Only the BCrypt hash of the password is stored.
 *
 * @param username     the login, lower case; the document id, so two admins creating the same account at once
 *                     cannot both succeed
 * @param passwordHash BCrypt
 * @param roles        {@code MODERATOR} and/or {@code ADMIN}
 * @param enabled      a disabled account cannot sign in (accounts are disabled, never deleted: the audit trail
 *                     names them)
 * @param createdBy    the admin who created it, or {@code configuration} for the bootstrap accounts
 */
@Document(Account.COLLECTION)
public record Account(@Id String username, String passwordHash, Set<String> roles, boolean enabled,
        Instant createdAt, String createdBy) {

    public static final String COLLECTION = "accounts";

    public Account {
        roles = Set.copyOf(roles);
    }
}
