package io.commentmod.notification.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.CommentStatusChanged.ParentComment;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;

/** Builds {@link CommentStatusChanged} events for tests; every call to {@link #publication} gets fresh ids. */
public final class StatusChanges {

    private String commentId = "c-" + UUID.randomUUID();
    private String articleId = "a-" + UUID.randomUUID();
    private String articleTitle = "My therapist cries during our sessions";
    private String articleUrl = "https://qa.example.org/articles/therapist-cries";
    private Person therapist = new Person("Dr. Rivera", "rivera-" + UUID.randomUUID() + "@therapists.example");
    private Person author = new Person("Sam", "sam-" + UUID.randomUUID() + "@readers.example");
    private String body = "Thank you for this answer, it helped me understand my own sessions.";
    private ParentComment parent;
    private CommentStatus from = CommentStatus.PENDING;
    private CommentStatus to = CommentStatus.PUBLISHED;
    private int revision = 1;

    private StatusChanges() {
    }

    /** A top-level comment going from PENDING to PUBLISHED. */
    public static StatusChanges publication() {
        return new StatusChanges();
    }

    public StatusChanges commentId(String id) {
        this.commentId = id;
        return this;
    }

    public StatusChanges articleId(String id) {
        this.articleId = id;
        return this;
    }

    public StatusChanges article(String title, String url) {
        this.articleTitle = title;
        this.articleUrl = url;
        return this;
    }

    public StatusChanges therapist(String name, String email) {
        this.therapist = new Person(name, email);
        return this;
    }

    public StatusChanges author(String name, String email) {
        this.author = new Person(name, email);
        return this;
    }

    public StatusChanges body(String body) {
        this.body = body;
        return this;
    }

    public StatusChanges replyTo(String name, String email, boolean notifyOnReply, CommentStatus parentStatus) {
        this.parent = new ParentComment("c-" + UUID.randomUUID(), new Person(name, email), notifyOnReply,
                parentStatus);
        return this;
    }

    public StatusChanges transition(CommentStatus from, CommentStatus to) {
        this.from = from;
        this.to = to;
        return this;
    }

    public StatusChanges revision(int revision) {
        this.revision = revision;
        return this;
    }

    public Person therapist() {
        return therapist;
    }

    public Person author() {
        return author;
    }

    public CommentStatusChanged build() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean byTherapist = therapist.email().equalsIgnoreCase(author.email());
        return new CommentStatusChanged(
                EventMeta.create(CommentStatusChanged.TYPE, CommentStatusChanged.VERSION, commentId, now),
                commentId, new ArticleRef(articleId, articleTitle, articleUrl, therapist), author, body, byTherapist,
                parent, from, to, Actor.automatic("rules-test"), revision, now);
    }
}
