package io.commentmod.notification.recipients;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.CommentStatusChanged.ParentComment;
import io.commentmod.contracts.Person;

/**
 * Decides who hears about a status change. Pure: the event carries everything needed, so the rules are tested without
 * any server.
 * <p>
 * Nobody hears anything unless the comment has just become public: an email about a held or rejected comment would
 * reveal moderation to spammers (backscatter) and bother people about text nobody can see.
 */
@Component
public class RecipientPlanner {

    public List<Recipient> plan(CommentStatusChanged event) {
        if (event.to() != CommentStatus.PUBLISHED || event.from() == CommentStatus.PUBLISHED) {
            return List.of();
        }
        return recipients(event, event.from() == CommentStatus.HELD);
    }

    /**
     * Who would have heard of a rejected comment had it been published: what the suppression metrics count. Nobody
     * is told anything.
     */
    public List<Recipient> withheld(CommentStatusChanged event) {
        if (event.to() != CommentStatus.REJECTED) {
            return List.of();
        }
        return recipients(event, false);
    }

    public static boolean writtenByTherapist(CommentStatusChanged event) {
        String therapistEmail = EmailAddresses.normalize(
                email(event.article() == null ? null : event.article().therapist()));
        return event.byArticleTherapist()
                || (therapistEmail != null && therapistEmail.equals(EmailAddresses.normalize(email(event.author()))));
    }

    private static List<Recipient> recipients(CommentStatusChanged event, boolean wasHeld) {
        String authorEmail = EmailAddresses.normalize(email(event.author()));
        Person therapist = event.article() == null ? null : event.article().therapist();
        String therapistEmail = EmailAddresses.normalize(email(therapist));
        boolean byTherapist = writtenByTherapist(event);

        List<Recipient> recipients = new ArrayList<>(3);
        if (therapistEmail != null && !byTherapist) {
            NotificationKind kind = event.parent() == null ? NotificationKind.NEW_COMMENT : NotificationKind.NEW_REPLY;
            recipients.add(new Recipient(therapistEmail, therapist.name(), kind));
        }
        ParentComment parent = event.parent();
        if (parent != null && parent.notifyOnReply() && parent.status() == CommentStatus.PUBLISHED) {
            String parentEmail = EmailAddresses.normalize(email(parent.author()));
            // The therapist already hears about every reply on their article: one email is enough.
            if (parentEmail != null && !parentEmail.equals(authorEmail) && !parentEmail.equals(therapistEmail)) {
                recipients.add(new Recipient(parentEmail, parent.author().name(), NotificationKind.REPLY_TO_YOU));
            }
        }
        // product.md: commenters hear "when their held comment goes live" (never when it is held or rejected).
        if (wasHeld && authorEmail != null) {
            recipients.add(new Recipient(authorEmail, event.author().name(), NotificationKind.COMMENT_PUBLISHED));
        }
        return List.copyOf(recipients);
    }

    private static String email(Person person) {
        return person == null ? null : person.email();
    }
}
