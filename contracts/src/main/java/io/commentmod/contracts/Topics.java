package io.commentmod.contracts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place topic names, keys and the names events travel under are defined. Every topic is keyed by comment id,
 * so all events about one comment stay in order on one partition.
 */
public final class Topics {

    public static final String COMMENT_SUBMITTED = "comment-submitted";
    public static final String COMMENT_MODERATED = "comment-moderated";
    public static final String COMMENT_REPORTED = "comment-reported";
    public static final String COMMENT_STATUS_CHANGED = "comment-status-changed";

    /** Suffix of the dead-letter topic that exists beside every consumed topic. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /**
     * A consumer group that retries without blocking (notification-service: SMTP may be down for minutes) has its own
     * retry topics {@code <topic>-<group>-retry-<n>} and dead-letter topic {@code <topic>-<group>-dlt}, so its
     * failures are never mixed with another group's and a replay reaches only that group.
     */
    public static final String NOTIFICATION_GROUP = "notification-service";

    /** Where notification-service keeps the events it gave up on (the other groups use {@code <topic>-dlt}). */
    public static final String COMMENT_STATUS_CHANGED_NOTIFICATION_DLT =
            COMMENT_STATUS_CHANGED + "-" + NOTIFICATION_GROUP + DEAD_LETTER_SUFFIX;
    public static final String COMMENT_MODERATED_NOTIFICATION_DLT =
            COMMENT_MODERATED + "-" + NOTIFICATION_GROUP + DEAD_LETTER_SUFFIX;

    public static String retrySuffixOf(String group) {
        return "-" + group + "-retry";
    }

    public static String groupDeadLetterSuffixOf(String group) {
        return "-" + group + DEAD_LETTER_SUFFIX;
    }

    public static String groupDeadLetterOf(String topic, String group) {
        return topic + groupDeadLetterSuffixOf(group);
    }

    public static final int PARTITIONS = 6;

    /** The package consumers trust when deserializing events: never {@code *}. */
    public static final String TRUSTED_PACKAGE = "io.commentmod.contracts";

    private static final Map<String, Class<? extends DomainEvent>> TYPES = Map.of(
            CommentSubmitted.TYPE, CommentSubmitted.class,
            CommentModerated.TYPE, CommentModerated.class,
            CommentReported.TYPE, CommentReported.class,
            CommentStatusChanged.TYPE, CommentStatusChanged.class);

    private static final Map<Class<? extends DomainEvent>, String> TOPIC_OF = Map.of(
            CommentSubmitted.class, COMMENT_SUBMITTED,
            CommentModerated.class, COMMENT_MODERATED,
            CommentReported.class, COMMENT_REPORTED,
            CommentStatusChanged.class, COMMENT_STATUS_CHANGED);

    private Topics() {
    }

    public static List<String> all() {
        return List.of(COMMENT_SUBMITTED, COMMENT_MODERATED, COMMENT_REPORTED, COMMENT_STATUS_CHANGED);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static String topicOf(DomainEvent event) {
        return topicOf(event.getClass());
    }

    public static String topicOf(Class<? extends DomainEvent> type) {
        String topic = TOPIC_OF.get(type);
        if (topic == null) {
            throw new IllegalArgumentException("No topic for " + type.getName());
        }
        return topic;
    }

    /** Logical type names to classes, for the type header Kafka's JSON (de)serializers write and read. */
    public static Map<String, Class<? extends DomainEvent>> eventTypes() {
        return TYPES;
    }

    /** The same mapping in the {@code spring.json.type.mapping} property format ({@code name:class,...}). */
    public static String typeMappingProperty() {
        return TYPES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue().getName())
                .collect(Collectors.joining(","));
    }
}
