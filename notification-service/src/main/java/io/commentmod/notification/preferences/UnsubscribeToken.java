package io.commentmod.notification.preferences;

import java.time.Instant;

/**
 * What a verified unsubscribe link says.
 *
 * @param email     the normalized address the link was sent to
 * @param scope     a {@link io.commentmod.notification.recipients.NotificationKind} name, or {@link UnsubscribeTokens#ALL}
 * @param expiresAt after this instant the link no longer works
 */
public record UnsubscribeToken(String email, String scope, Instant expiresAt) {
}
