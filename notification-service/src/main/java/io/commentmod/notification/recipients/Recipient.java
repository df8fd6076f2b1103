package io.commentmod.notification.recipients;

import java.util.Objects;

/**
 * Someone who must hear about a published comment.
 *
 * @param email the address, normalized with {@link EmailAddresses#normalize}; the key of the delivery log and of
 *              unsubscribes
 * @param name  how to greet them; may be blank
 */
public record Recipient(String email, String name, NotificationKind kind) {

    public Recipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(kind, "kind");
    }
}
