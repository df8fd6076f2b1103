package io.commentmod.notification.recipients;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;
import io.commentmod.notification.NotificationProperties;

/**
 * Who is alerted when a comment is held as URGENT (the engine's safety rules: someone may be at risk): every
 * configured on-call moderator, at once. A hold decided by a moderator alerts nobody: a person is already on it.
 */
@Component
public class OnCallPlanner {

    private final List<String> onCall;

    public OnCallPlanner(NotificationProperties properties) {
        Set<String> addresses = new LinkedHashSet<>();
        properties.onCall().forEach(address -> addresses.add(EmailAddresses.normalize(address)));
        this.onCall = List.copyOf(addresses);
    }

    public boolean isOnCall(String email) {
        return onCall.contains(EmailAddresses.normalize(email));
    }

    public List<Recipient> plan(CommentModerated event) {
        boolean urgentHold = event.decision() == Decision.HOLD && event.priority() == Priority.URGENT
                && (event.decidedBy() == null || event.decidedBy().kind() != Actor.Kind.MODERATOR);
        if (!urgentHold) {
            return List.of();
        }
        return onCall.stream().map(email -> new Recipient(email, "", NotificationKind.URGENT_HOLD)).toList();
    }
}
