package io.commentmod.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Priority;
import io.commentmod.notification.support.StatusChanges;
import io.commentmod.notification.support.TestProperties;

class RecipientPlannerTests {

    private final RecipientPlanner planner = new RecipientPlanner();

    @Test
    void therapistGetsOneNotificationWhenACommentIsPublished() {
        // Given a top-level comment that moderation has just published
        StatusChanges given = StatusChanges.publication();

        // When the recipients are planned
        List<Recipient> recipients = planner.plan(given.build());

        // Then only the article's therapist hears about it, as a new comment
        assertThat(recipients).containsExactly(new Recipient(given.therapist().email().toLowerCase(),
                given.therapist().name(), NotificationKind.NEW_COMMENT));
    }

    @Test
    void therapistIsNotToldAboutTheirOwnComment() {
        // Given the therapist commenting on their own article, with a differently cased address
        StatusChanges given = StatusChanges.publication().therapist("Dr. Rivera", "rivera@therapists.example")
                .author("Dr. Rivera", "Rivera@Therapists.example");

        // When / Then nobody is told
        assertThat(planner.plan(given.build())).isEmpty();
    }

    @Test
    void optedInParentAuthorHearsAboutAPublishedReply() {
        // Given a reply to a published comment whose author asked to hear about replies
        StatusChanges given = StatusChanges.publication()
                .replyTo("Alex", "alex@readers.example", true, CommentStatus.PUBLISHED);

        // When the recipients are planned
        List<Recipient> recipients = planner.plan(given.build());

        // Then the therapist hears about a new reply and the parent's author about a reply to them
        assertThat(recipients).extracting(Recipient::email, Recipient::kind).containsExactly(
                tuple(given.therapist().email().toLowerCase(), NotificationKind.NEW_REPLY),
                tuple("alex@readers.example", NotificationKind.REPLY_TO_YOU));
    }

    @Test
    void nobodyIsToldAboutTheirOwnReply() {
        // Given someone replying to their own opted-in comment
        StatusChanges given = StatusChanges.publication().author("Alex", "alex@readers.example")
                .replyTo("Alex", "ALEX@readers.example", true, CommentStatus.PUBLISHED);

        // When the recipients are planned
        List<Recipient> recipients = planner.plan(given.build());

        // Then the replier gets nothing; only the therapist hears about the reply
        assertThat(recipients).extracting(Recipient::kind).containsExactly(NotificationKind.NEW_REPLY);
        assertThat(recipients).extracting(Recipient::email).doesNotContain("alex@readers.example");
    }

    @Test
    void parentAuthorWhoDidNotOptInHearsNothing() {
        // Given a reply to a comment whose author did not ask to hear about replies
        StatusChanges given = StatusChanges.publication()
                .replyTo("Alex", "alex@readers.example", false, CommentStatus.PUBLISHED);

        // When / Then only the therapist is told
        assertThat(planner.plan(given.build())).extracting(Recipient::kind)
                .containsExactly(NotificationKind.NEW_REPLY);
    }

    @ParameterizedTest
    @EnumSource(value = CommentStatus.class, names = {"PENDING", "HELD", "REJECTED"})
    void authorOfAParentThatIsNotPublishedHearsNothing(CommentStatus parentStatus) {
        // Given a reply to a comment nobody can see
        StatusChanges given = StatusChanges.publication()
                .replyTo("Alice", "alice@research.example", true, parentStatus);

        // When / Then its author is not told about replies to it
        assertThat(planner.plan(given.build())).extracting(Recipient::kind)
                .containsExactly(NotificationKind.NEW_REPLY);
    }

    @Test
    void therapistWhoWroteTheParentGetsOneEmailNotTwo() {
        // Given a reply to the therapist's own opted-in comment
        StatusChanges given = StatusChanges.publication().therapist("Dr. Rivera", "rivera@therapists.example")
                .replyTo("Dr. Rivera", "rivera@therapists.example", true, CommentStatus.PUBLISHED);

        // When / Then the therapist hears once, as the article's author
        assertThat(planner.plan(given.build())).extracting(Recipient::kind)
                .containsExactly(NotificationKind.NEW_REPLY);
    }

    @ParameterizedTest
    @EnumSource(value = CommentStatus.class, names = {"HELD", "REJECTED", "PENDING"})
    void commentsThatAreNotPublishedNotifyNobody(CommentStatus to) {
        // Given an opted-in parent and a reply that moderation did not publish
        CommentStatusChanged event = StatusChanges.publication()
                .replyTo("Alex", "alex@readers.example", true, CommentStatus.PUBLISHED)
                .transition(CommentStatus.PENDING, to).build();

        // When / Then nobody hears anything: no backscatter, nothing about text nobody can read
        assertThat(planner.plan(event)).isEmpty();
    }

    @Test
    void commentThatWasAlreadyPublishedNotifiesNobodyAgain() {
        // Given a transition from PUBLISHED to PUBLISHED (a moderator confirming a reported comment)
        CommentStatusChanged event = StatusChanges.publication()
                .replyTo("Alex", "alex@readers.example", true, CommentStatus.PUBLISHED)
                .transition(CommentStatus.PUBLISHED, CommentStatus.PUBLISHED).build();

        // When / Then nobody is told twice about the same comment
        assertThat(planner.plan(event)).isEmpty();
    }

    @Test
    void authorHearsWhenTheirHeldCommentIsPublished() {
        // Given a held comment that a moderator approves
        StatusChanges given = StatusChanges.publication().author("Sam", "Sam@Readers.example")
                .transition(CommentStatus.HELD, CommentStatus.PUBLISHED);

        // When the recipients are planned
        List<Recipient> recipients = planner.plan(given.build());

        // Then the therapist hears about the comment and its author that it is now public
        assertThat(recipients).extracting(Recipient::email, Recipient::kind).containsExactly(
                tuple(given.therapist().email().toLowerCase(),
                        NotificationKind.NEW_COMMENT),
                tuple("sam@readers.example", NotificationKind.COMMENT_PUBLISHED));
    }

    @Test
    void articleWithoutTherapistEmailNotifiesOnlyTheParentAuthor() {
        // Given an article registered without a therapist email, and a reply to an opted-in comment
        StatusChanges given = StatusChanges.publication().therapist("Editorial team", " ")
                .replyTo("Alex", "alex@readers.example", true, CommentStatus.PUBLISHED);

        // When / Then only the parent's author is told
        assertThat(planner.plan(given.build())).extracting(Recipient::kind)
                .containsExactly(NotificationKind.REPLY_TO_YOU);
    }

    @Test
    void rejectedCommentIsWithheldFromEveryoneWhoWouldHaveHeard() {
        CommentStatusChanged rejected = StatusChanges.publication()
                .replyTo("Alex", "alex@readers.example", true, CommentStatus.PUBLISHED)
                .transition(CommentStatus.PENDING, CommentStatus.REJECTED).build();

        assertThat(planner.plan(rejected)).isEmpty();
        assertThat(planner.withheld(rejected)).extracting(Recipient::kind)
                .containsExactlyInAnyOrder(NotificationKind.NEW_REPLY, NotificationKind.REPLY_TO_YOU);
    }

    @Test
    void therapistsReplyIsRecognisedByAddressEvenWithoutTheFlag() {
        StatusChanges given = StatusChanges.publication();
        CommentStatusChanged byTherapist = given.author("Dr. R", given.therapist().email().toUpperCase()).build();

        assertThat(RecipientPlanner.writtenByTherapist(byTherapist)).isTrue();
        assertThat(RecipientPlanner.writtenByTherapist(StatusChanges.publication().build())).isFalse();
    }

    @Test
    void onlyAnAutomaticUrgentHoldAlertsTheOnCallModerators() {
        OnCallPlanner onCall = new OnCallPlanner(TestProperties.defaults());

        assertThat(onCall.plan(moderated(Decision.HOLD, Priority.URGENT, Actor.automatic("v1"))))
                .extracting(Recipient::email, Recipient::kind)
                .containsExactly(tuple(TestProperties.ON_CALL,
                        NotificationKind.URGENT_HOLD));
        assertThat(onCall.plan(moderated(Decision.HOLD, Priority.HIGH, Actor.automatic("v1")))).isEmpty();
        assertThat(onCall.plan(moderated(Decision.HOLD, Priority.URGENT, Actor.moderator("sam")))).isEmpty();
        assertThat(onCall.plan(moderated(Decision.REJECT, Priority.URGENT, Actor.automatic("v1")))).isEmpty();
    }

    private static CommentModerated moderated(Decision decision, Priority priority, Actor by) {
        java.time.Instant now = java.time.Instant.now();
        return new CommentModerated(EventMeta.create(CommentModerated.TYPE, 1, "c-1", now), "c-1", "a-1", decision,
                priority, List.of(), by, null, 1, "v1", null, now);
    }
}
