package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.TopicReader;

/**
 * The promises of product.md under failures, proved by counting: a stream of realistic comments (readers' stories,
 * which are published, and adverts, which are rejected) is posted to comment-service's API while, in turn, the
 * Kafka broker is down, moderation-service and notification-service are killed hard, MongoDB restarts, the SMTP
 * server is down, and finally one of two instances of every service is killed hard. After each fault every comment
 * that got a {@code 202} must exist and reach its final status, have exactly one automatic verdict on
 * {@code comment-moderated}, and the article's therapist must have exactly one email per published comment; nobody
 * gets any email twice. Anything but a 202 must be a clear 5xx problem+json (never a 202 that is later lost).
 * <p>
 * The system is the real one (the services' exec jars as child processes, a KRaft broker, mongo-java-server on H2
 * files, GreenMail), on its own ports and data dir ({@code target/fault-tolerance-it}), so it runs next to a
 * developer's stack on the default ports. The tests share it and run in order; each checks the comments it posted,
 * the last one the whole run. Every test prints its counts on a line starting with {@code FAULT-COUNTS}.
 * <p>
 * Shorter waits than production, passed as service arguments: consumer sessions expire after 10 s instead of 45 s
 * (so partitions of a killed instance move within the test's time), notification retries start after 1 s instead of
 * 10 s, and an abandoned delivery claim is taken over after 20 s instead of 2 min. They change how soon, not what.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** Listener threads per service instance (the services' default is 3): each is a member of the group. */
    private static final int CONSUMERS_PER_INSTANCE = 2;
    /** When the SMTP server was being stopped, give or take a second; null until it is. */
    private static volatile Window smtpStop;
    private static final Pattern COMMENT_LINK = Pattern.compile("#comment-([0-9A-Za-z-]+)");

    private static final String ARTICLE_ID = "fault-tolerance-sessions";
    private static final String THERAPIST_EMAIL = "dr.elena.brandt@example.org";

    private static final int SECOND_COMMENT_PORT = 18084;
    private static final int SECOND_MODERATION_PORT = 18085;
    private static final int SECOND_NOTIFICATION_PORT = 18086;

    private static LocalStack stack;
    private static Path jarsCopy;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** Every POST of the run, all phases. */
    private static final List<Outcome> RUN = new CopyOnWriteArrayList<>();
    /** Numbers every comment of the run, which makes every text and author different. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeAll
    static void startTheWholeSystemOnItsOwnPortsAndRegisterTheArticle() throws IOException {
        Path moduleDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path dataDir = moduleDir.resolve("target").resolve("fault-tolerance-it");
        deleteRecursively(dataDir);
        String[] shortSessions = {
                "--spring.kafka.consumer.properties.session.timeout.ms=10000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=2000",
                "--spring.kafka.listener.concurrency=" + CONSUMERS_PER_INSTANCE};
        LocalStackOptions options = LocalStackOptions.parse(
                        "--kafka-port=19092", "--kafka-controller-port=19093", "--mongo-port=37017",
                        "--smtp-port=13025", "--mail-viewer-port=18025", "--comment-port=18081",
                        "--moderation-port=18082", "--notification-port=18083", "--demo-site-port=18080",
                        "--service-timeout=150")
                .withDataDir(dataDir)
                .withJarsDir(jarsCopy = snapshotOfServiceJars(moduleDir.resolve(".."), dataDir.resolve("jars")))
                .withServiceArguments(Service.COMMENT, shortSessions)
                .withServiceArguments(Service.MODERATION, shortSessions)
                .withServiceArguments(Service.NOTIFICATION, shortSessions)
                .withServiceArguments(Service.NOTIFICATION,
                        "--commentmod.notification.retry.attempts=10",
                        "--commentmod.notification.retry.initial-backoff=1s",
                        "--commentmod.notification.retry.multiplier=2.0",
                        "--commentmod.notification.retry.max-backoff=8s",
                        "--commentmod.notification.send-lease=20s");
        long started = System.nanoTime();
        stack = LocalStack.start(options);
        System.out.printf("FAULT-COUNTS [startup] the stack was up in %.1f s%n", (System.nanoTime() - started) / 1e9);

        ObjectNode article = JSON.createObjectNode()
                .put("title", "Is it normal to feel worse after the first few therapy sessions?")
                .put("url", "https://therapy-answers.example.org/questions/worse-after-first-sessions");
        article.putObject("therapist").put("name", "Dr. Elena Brandt, PsyD").put("email", THERAPIST_EMAIL);
        HttpResponse<String> registered = send(HttpRequest.newBuilder(
                        commentUri(stack.instance(Service.COMMENT), "/api/v1/articles/" + ARTICLE_ID))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(article.toString())));
        assertThat(registered.statusCode()).as("registering the article: %s", registered.body()).isEqualTo(201);
    }

    /** Stops everything; the data dir stays for a look at the services' logs, the copied jars (200 MB) do not. */
    @AfterAll
    static void stopEverything() throws IOException {
        if (stack != null) {
            stack.close();
        }
        if (jarsCopy != null) {
            deleteRecursively(jarsCopy);
        }
    }

    @Test
    @Order(1)
    void whileTheBrokerIsDownEveryCommentIsAcceptedDurablyOrRefusedWith5xxAndEveryAcceptedOneIsModeratedOnceAndNotifiedOnce() {
        try (CommentStream stream = new CommentStream("broker outage", List.of(stack.instance(Service.COMMENT)))) {
            stream.awaitAccepted(5);
            stack.stopKafka();
            Instant down = Instant.now();
            // keep posting while the broker is gone: at least two answers (comment-service accepts a comment once
            // the broker has its event; its producer gives up after 5 s without a broker, and the post gets a 503)
            await("answers while the broker is down").atMost(Duration.ofSeconds(60))
                    .until(() -> stream.answeredSince(down) >= 2);
            long duringOutage = stream.answeredSince(down);
            stack.startKafka();
            System.out.printf("FAULT-COUNTS [broker outage] broker down %.1f s, %d answers while down%n",
                    Duration.between(down, Instant.now()).toMillis() / 1000.0, duringOutage);
            stream.awaitAccepted(stream.accepted() + 5);
            stream.close();

            assertOnlyAcceptedOrClearlyRefused(stream.outcomes());
            assertThat(stream.outcomes()).as("posts refused with 503 while the broker was down")
                    .anyMatch(o -> o.kind() == Kind.REFUSED && o.status() == 503);
            assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("broker outage", stream.outcomes());
        }
    }

    @Test
    @Order(2)
    void commentsAcceptedWhileModerationAndNotificationAreKilledHardAreModeratedOnceAndNotifiedOnceAfterTheyRestart() {
        ServiceInstance moderation = stack.instance(Service.MODERATION);
        ServiceInstance notification = stack.instance(Service.NOTIFICATION);
        List<Outcome> outcomes = new ArrayList<>();
        int acceptedWhileDown;
        try (CommentStream stream = new CommentStream("services killed", List.of(stack.instance(Service.COMMENT)))) {
            stream.awaitAccepted(6);
            // mid-batch: events of the comments just posted are being moderated and notified right now
            stack.kill(moderation);
            stack.kill(notification);
            int acceptedAtKill = stream.accepted();
            stream.awaitAccepted(acceptedAtKill + 8);
            stream.close();
            acceptedWhileDown = stream.accepted() - acceptedAtKill;
            outcomes.addAll(stream.outcomes());
        }
        long restarting = System.nanoTime();
        stack.startAgain(moderation, notification);
        System.out.printf("FAULT-COUNTS [services killed] moderation and notification restarted in %.1f s; "
                + "%d comments accepted while they were down%n", (System.nanoTime() - restarting) / 1e9, acceptedWhileDown);
        try (CommentStream stream = new CommentStream("services restarted", List.of(stack.instance(Service.COMMENT)))) {
            stream.awaitAccepted(5);
            stream.close();
            outcomes.addAll(stream.outcomes());
        }

        assertOnlyAcceptedOrClearlyRefused(outcomes);
        assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("services killed", outcomes);
    }

    @Test
    @Order(3)
    void commentsPostedAcrossAMongoDbRestartAreAcceptedDurablyOrRefusedWith5xxAndEveryAcceptedOneIsModeratedOnceAndNotifiedOnce() {
        try (CommentStream stream = new CommentStream("MongoDB restart", List.of(stack.instance(Service.COMMENT)))) {
            stream.awaitAccepted(6);
            stack.stopMongo();
            Instant down = Instant.now();
            // a post reaches comment-service while its database is gone (it waits for it or fails)
            await("a post attempted while MongoDB is down").atMost(Duration.ofSeconds(10))
                    .until(() -> stream.attemptedSince(down) >= 1);
            stack.startMongo();
            System.out.printf("FAULT-COUNTS [MongoDB restart] MongoDB down %.1f s%n",
                    Duration.between(down, Instant.now()).toMillis() / 1000.0);
            stream.awaitAccepted(stream.accepted() + 8);
            stream.close();

            assertOnlyAcceptedOrClearlyRefused(stream.outcomes());
            assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("MongoDB restart", stream.outcomes());
        }
    }

    @Test
    @Order(4)
    void whileTheSmtpServerIsDownNotificationsAreRetriedWithoutBlockingAndEachIsSentExactlyOnceWhenItIsBack() {
        try (CommentStream stream = new CommentStream("SMTP outage", List.of(stack.instance(Service.COMMENT)))) {
            stream.awaitAccepted(3);
            double failedBefore = metric(stack.instance(Service.NOTIFICATION), "notifications_failed_total");
            Instant stopping = Instant.now();
            stack.stopSmtp();
            Instant down = Instant.now();
            smtpStop = new Window(stopping.minusSeconds(1), down.plusSeconds(1));
            Set<String> acceptedBefore = Set.copyOf(stream.acceptedIds());
            // several different comments' emails fail while the server is down: one failing email does not hold up
            // the next ones (non-blocking retries), and none of them is lost
            await("emails about several comments failing while SMTP is down").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> failedDeliveries(acceptedBefore).size() >= 4);
            Set<String> failedWhileDown = failedDeliveries(acceptedBefore);
            double failedDuring = metric(stack.instance(Service.NOTIFICATION), "notifications_failed_total") - failedBefore;
            stack.startSmtp();
            System.out.printf("FAULT-COUNTS [SMTP outage] SMTP down %.1f s; deliveries failed for %d comments, "
                    + "notifications.failed +%.0f%n", Duration.between(down, Instant.now()).toMillis() / 1000.0,
                    failedWhileDown.size(), failedDuring);
            stream.awaitAccepted(stream.accepted() + 3);
            stream.close();

            assertThat(failedDuring).as("notifications.failed while the SMTP server was down").isGreaterThan(0);
            assertOnlyAcceptedOrClearlyRefused(stream.outcomes());
            assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("SMTP outage", stream.outcomes());
            await("every delivery that failed while SMTP was down is SENT").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(deliveryStatuses()).as("deliveries to the therapist by comment")
                            .containsAllEntriesOf(failedWhileDown.stream()
                                    .collect(Collectors.toMap(id -> id, id -> "SENT"))));
        }
    }

    @Test
    @Order(5)
    void withTwoInstancesOfEachServiceTheSurvivorsOfHardKillsTakeOverAndEveryCommentIsStillModeratedOnceAndNotifiedOnce()
            throws Exception {
        ServiceInstance comment1 = stack.instance(Service.COMMENT);
        ServiceInstance moderation1 = stack.instance(Service.MODERATION);
        ServiceInstance notification1 = stack.instance(Service.NOTIFICATION);
        long starting = System.nanoTime();
        ServiceInstance comment2 = stack.addInstance(Service.COMMENT, SECOND_COMMENT_PORT);
        ServiceInstance moderation2 = stack.addInstance(Service.MODERATION, SECOND_MODERATION_PORT);
        ServiceInstance notification2 = stack.addInstance(Service.NOTIFICATION, SECOND_NOTIFICATION_PORT);
        stack.awaitHealthy(comment2, moderation2, notification2);
        Map<String, String> groups = Map.of(
                "comment-service", Topics.COMMENT_MODERATED,
                "moderation-service", Topics.COMMENT_SUBMITTED,
                Topics.NOTIFICATION_GROUP, Topics.COMMENT_STATUS_CHANGED);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            await("both instances of every service share the partitions").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> groups.entrySet().stream()
                            .allMatch(g -> owners(admin, g.getKey(), g.getValue()) == 2 * CONSUMERS_PER_INSTANCE));
            System.out.printf("FAULT-COUNTS [two instances] second instances up and sharing partitions in %.1f s%n",
                    (System.nanoTime() - starting) / 1e9);

            try (CommentStream stream = new CommentStream("two instances", List.of(comment1, comment2))) {
                stream.awaitAccepted(12);
                // one instance of each service dies hard mid-stream; the website keeps posting (to both comment
                // instances: the dead one refuses connections, which is not a 202)
                stack.kill(moderation1);
                stack.kill(notification1);
                stack.kill(comment2);
                Instant killed = Instant.now();
                int acceptedAtKill = stream.accepted();
                await("the survivors own every partition").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> groups.entrySet().stream()
                                .allMatch(g -> owners(admin, g.getKey(), g.getValue()) == CONSUMERS_PER_INSTANCE));
                double takeover = Duration.between(killed, Instant.now()).toMillis() / 1000.0;
                stream.awaitAccepted(stream.accepted() + 10);
                stream.close();
                System.out.printf("FAULT-COUNTS [two instances] killed %s, %s, %s; survivors own all partitions "
                        + "after %.1f s; %d comments accepted after the kill%n", moderation1.name(),
                        notification1.name(), comment2.name(), takeover, stream.accepted() - acceptedAtKill);

                assertThat(stream.outcomes()).as("answers other than 202 or a 5xx problem (no answer only from the"
                        + " killed comment-service instance)").allMatch(o -> o.kind() != Kind.UNEXPECTED
                        && (o.kind() != Kind.NO_ANSWER || o.target().equals(comment2.uri())));
                assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("two instances", stream.outcomes());
            }
        }
    }

    @Test
    @Order(6)
    void acrossTheWholeRunNoAcceptedCommentIsLostNoneHasTwoAutomaticVerdictsAndNobodyGetsAnyEmailTwice() {
        assertThat(RUN).as("comments posted in the run").isNotEmpty();
        assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce("whole run", RUN);
        // and it stays that way: no second copy of anything arrives late (e.g. from a redelivered event)
        await("no late duplicate email").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> duplicateEmails().isEmpty() && therapistMailsByComment().values().stream().allMatch(n -> n == 1));
        assertThat(duplicateEmails()).as("emails received more than once").isEmpty();
        Map<String, Long> verdicts = automaticVerdictEventIds(acceptedIds(RUN)).entrySet().stream()
                .filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        assertThat(verdicts).as("comments without exactly one automatic verdict").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ checks

    private static void assertOnlyAcceptedOrClearlyRefused(List<Outcome> outcomes) {
        assertThat(outcomes).as("answers other than 202 or a 5xx application/problem+json")
                .allMatch(o -> o.kind() == Kind.ACCEPTED || o.kind() == Kind.REFUSED);
    }

    /**
     * The promises for the comments of one phase: every 202 exists and reaches its final, expected status; exactly one
     * automatic verdict event each on comment-moderated; exactly one email to the therapist per published comment and
     * none about the others; no email received twice by anybody.
     */
    private static void assertEveryAcceptedCommentIsModeratedOnceAndNotifiedOnce(String phase, List<Outcome> outcomes) {
        List<String> accepted = acceptedIds(outcomes);
        Map<String, String> expected = outcomes.stream().filter(o -> o.kind() == Kind.ACCEPTED)
                .collect(Collectors.toMap(Outcome::id, Outcome::expectedStatus));
        assertThat(accepted).as("comments accepted during '%s'", phase).isNotEmpty();

        // 1. every acknowledged comment exists and reaches a final status
        Map<String, String> statuses = new ConcurrentHashMap<>();
        try {
            await("every accepted comment reaches a final status (" + phase + ")").atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        for (String id : accepted) {
                            String known = statuses.get(id);
                            if (known == null || known.equals("PENDING") || known.startsWith("HTTP")) {
                                statuses.put(id, statusOf(id));
                            }
                        }
                        return statuses.values().stream().noneMatch(s -> s.equals("PENDING") || s.startsWith("HTTP"));
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // fall through: the assertion below names the comments that are missing or still pending
        }
        Map<String, String> notFinal = statuses.entrySet().stream()
                .filter(s -> s.getValue().equals("PENDING") || s.getValue().startsWith("HTTP"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(notFinal).as("accepted comments (202) that are missing (HTTP 404 = lost) or not moderated after %s s",
                SETTLE.toSeconds()).isEmpty();
        Map<String, String> wrong = accepted.stream().filter(id -> !statuses.get(id).equals(expected.get(id)))
                .collect(Collectors.toMap(id -> id, id -> statuses.get(id) + " (expected " + expected.get(id) + ")"));
        assertThat(wrong).as("comments whose final status is not the one their text calls for").isEmpty();

        // 2. exactly one automatic verdict per comment (the same event delivered twice is fine, two events are not)
        Map<String, Set<String>> verdictIds = new HashMap<>();
        AtomicLong verdictRecords = new AtomicLong();
        await("an automatic verdict on comment-moderated for every accepted comment (" + phase + ")")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    verdictIds.clear();
                    verdictIds.putAll(automaticVerdictEventIds(accepted, verdictRecords));
                    return accepted.stream().allMatch(verdictIds::containsKey);
                });
        Map<String, Integer> notOne = accepted.stream().filter(id -> verdictIds.get(id).size() != 1)
                .collect(Collectors.toMap(id -> id, id -> verdictIds.get(id).size()));
        assertThat(notOne).as("comments with more than one automatic verdict event").isEmpty();

        // 3. one email to the therapist per published comment, none about the others, nothing twice
        List<String> published = accepted.stream().filter(id -> statuses.get(id).equals("PUBLISHED")).toList();
        await("an email to the therapist for every published comment (" + phase + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> therapistMailsByComment().keySet().containsAll(published));
        Map<String, Integer> mails = therapistMailsByComment();
        Map<String, Integer> wrongCount = accepted.stream()
                .filter(id -> mails.getOrDefault(id, 0) != (statuses.get(id).equals("PUBLISHED") ? 1 : 0))
                .collect(Collectors.toMap(id -> id + " " + statuses.get(id), id -> mails.getOrDefault(id, 0)));
        assertThat(wrongCount).as("emails to the therapist per comment (1 per published comment, 0 otherwise)").isEmpty();
        assertThat(duplicateEmails()).as("emails received more than once").isEmpty();

        Map<String, Long> byStatus = new TreeMap<>(accepted.stream()
                .collect(Collectors.groupingBy(statuses::get, Collectors.counting())));
        Map<Kind, Long> byKind = outcomes.stream().collect(Collectors.groupingBy(Outcome::kind, TreeMap::new,
                Collectors.counting()));
        Map<Integer, Long> refusedByStatus = outcomes.stream().filter(o -> o.kind() == Kind.REFUSED)
                .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
        int emails = published.stream().mapToInt(id -> mails.getOrDefault(id, 0)).sum();
        long slowestPost = outcomes.stream().mapToLong(o -> o.took().toMillis()).max().orElse(0);
        System.out.printf("FAULT-COUNTS [%s] posted=%d answers=%s refused-by-status=%s accepted(202)=%d final=%s "
                        + "automatic-verdict-records=%d distinct-automatic-verdicts=%d therapist-emails=%d "
                        + "duplicate-emails=%d resent-after-the-smtp-stop=%d slowest-post=%.1fs%n", phase, outcomes.size(),
                byKind, refusedByStatus, accepted.size(), byStatus, verdictRecords.get(),
                verdictIds.values().stream().mapToInt(Set::size).sum(), emails, duplicateEmails().size(),
                resentAfterTheStop(), slowestPost / 1000.0);
    }

    private static List<String> acceptedIds(Collection<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.kind() == Kind.ACCEPTED).map(Outcome::id).toList();
    }

    /** {@code status} of {@code GET /api/v1/comments/{id}}, or {@code HTTP <code>} when it does not answer 200. */
    private static String statusOf(String id) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    commentUri(stack.instance(Service.COMMENT), "/api/v1/comments/" + id)).GET());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            return JSON.readTree(response.body()).path("status").asText();
        } catch (IOException e) {
            return "HTTP unreachable";
        }
    }

    private static Map<String, Set<String>> automaticVerdictEventIds(List<String> ids) {
        return automaticVerdictEventIds(ids, new AtomicLong());
    }

    /** Reads comment-moderated from the beginning: the ids of the automatic verdict events, per comment. */
    private static Map<String, Set<String>> automaticVerdictEventIds(List<String> ids, AtomicLong records) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, Set<String>> eventIds = new HashMap<>();
        try (TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), Topics.COMMENT_MODERATED)) {
            List<ConsumerRecord<String, DomainEvent>> all = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int lastSize = -1;
            // read until two polls in a row bring nothing new (or the deadline)
            while (System.nanoTime() < deadline) {
                all = reader.poll(Duration.ofSeconds(1));
                if (all.size() == lastSize && !all.isEmpty()) {
                    break;
                }
                lastSize = all.size();
            }
            records.set(0);
            for (ConsumerRecord<String, DomainEvent> record : all) {
                if (record.value() instanceof CommentModerated verdict && wanted.contains(record.key())
                        && verdict.decidedBy() != null && verdict.decidedBy().kind() == Actor.Kind.AUTOMATIC) {
                    records.incrementAndGet();
                    assertThat(verdict.revision()).as("revision of the automatic verdict on %s", record.key()).isEqualTo(1);
                    eventIds.computeIfAbsent(record.key(), k -> new java.util.TreeSet<>()).add(verdict.meta().id());
                }
            }
        }
        return eventIds;
    }

    /** Emails received by the therapist, counted per comment they link to ({@code #comment-<id>}). */
    /** Distinct emails (by Message-ID) to the therapist per comment; copies of one are {@link #duplicateEmails()}'s. */
    private static Map<String, Integer> therapistMailsByComment() {
        Map<String, Set<String>> messages = new HashMap<>();
        for (CapturedMail mail : stack.capturedMail()) {
            if (!mail.recipients().contains(THERAPIST_EMAIL)) {
                continue;
            }
            String messageId = header(mail, "Message-ID");
            Matcher link = COMMENT_LINK.matcher(mail.body());
            while (link.find()) {
                messages.computeIfAbsent(link.group(1), id -> new java.util.HashSet<>())
                        .add(messageId != null ? messageId : "mail #" + mail.number());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        messages.forEach((id, distinct) -> counts.put(id, distinct.size()));
        return counts;
    }

    /**
     * Emails some recipient received more than once: the same Message-ID (a resend), or the same subject and text.
     * {@link LocalStack#capturedMail()} lists a message received twice as two entries.
     */
    /**
     * Emails received more than once: the same Message-ID, or the same text under different ones. One exception, which
     * no SMTP client can avoid: a message the server took in the very moment it was stopped, whose sender saw the
     * connection fail and sent it again later. Such a copy has the same Message-ID as the first (mail clients show
     * one), its first copy arrived within a second of the stop, and it is counted in {@link #resentAfterTheStop()}.
     */
    private static List<String> duplicateEmails() {
        return copiesOfEachEmail().entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !sentAgainAfterTheStop(e.getValue()))
                .map(e -> e.getValue().size() + "x " + e.getKey().lines().findFirst().orElse("")).sorted().toList();
    }

    private static long resentAfterTheStop() {
        return copiesOfEachEmail().entrySet().stream()
                .filter(e -> e.getKey().contains(" Message-ID ") && e.getValue().size() > 1
                        && sentAgainAfterTheStop(e.getValue()))
                .count();
    }

    /** The captured mails per recipient and Message-ID, and per recipient and text (subject and body). */
    private static Map<String, List<CapturedMail>> copiesOfEachEmail() {
        Map<String, List<CapturedMail>> copies = new HashMap<>();
        for (CapturedMail mail : stack.capturedMail()) {
            for (String to : mail.recipients()) {
                String messageId = header(mail, "Message-ID");
                if (messageId != null) {
                    copies.computeIfAbsent(to + " Message-ID " + messageId, k -> new ArrayList<>()).add(mail);
                }
                copies.computeIfAbsent(to + " text " + mail.subject() + "\n" + mail.body().replaceAll("\\s+", " ").trim(),
                        k -> new ArrayList<>()).add(mail);
            }
        }
        return copies;
    }

    private static boolean sentAgainAfterTheStop(List<CapturedMail> copies) {
        Window stop = smtpStop;
        if (stop == null || copies.size() != 2) {
            return false;
        }
        String messageId = header(copies.get(0), "Message-ID");
        Instant first = copies.stream().map(CapturedMail::receivedAt).min(Instant::compareTo).orElseThrow();
        return messageId != null && messageId.equals(header(copies.get(1), "Message-ID")) && stop.contains(first);
    }

    private record Window(Instant from, Instant to) {

        boolean contains(Instant instant) {
            return !instant.isBefore(from) && !instant.isAfter(to);
        }
    }

    private static String header(CapturedMail mail, String name) {
        return mail.headers().stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    /** The notification-service delivery log for the therapist: the latest status per comment id. */
    private static Map<String, String> deliveryStatuses() {
        Map<String, String> statuses = new HashMap<>();
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(stack.instance(Service.NOTIFICATION).uri()
                            .resolve("/api/v1/deliveries?recipient=" + THERAPIST_EMAIL))
                    .header("Authorization", basic(LocalStack.ADMIN_USER, LocalStack.ADMIN_PASSWORD)).GET());
            if (response.statusCode() == 200) {
                for (JsonNode delivery : JSON.readTree(response.body())) {
                    statuses.put(delivery.path("commentId").asText(), delivery.path("status").asText());
                }
            }
        } catch (IOException e) {
            // not answering right now: nothing known
        }
        return statuses;
    }

    /** Comments (other than those given) whose email to the therapist has failed at least once. */
    private static Set<String> failedDeliveries(Set<String> except) {
        return deliveryStatuses().entrySet().stream().filter(e -> e.getValue().equals("FAILED"))
                .map(Map.Entry::getKey).filter(id -> !except.contains(id)).collect(Collectors.toSet());
    }

    /** The sum of a Prometheus counter over all its series, from the instance's /actuator/prometheus. */
    private static double metric(ServiceInstance instance, String name) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(instance.uri().resolve("/actuator/prometheus"))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET /actuator/prometheus").isEqualTo(200);
            return response.body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** How many members of a consumer group ({@link #CONSUMERS_PER_INSTANCE} per instance) own partitions of a topic. */
    private static long owners(Admin admin, String group, String topic) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            return description.members().stream().map(MemberDescription::assignment)
                    .filter(a -> a.topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic))).count();
        } catch (Exception e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------------------------------------ posting

    enum Kind {
        /** 202 with an id. */
        ACCEPTED,
        /** a 5xx application/problem+json: the website knows the comment was not taken. */
        REFUSED,
        /** no HTTP answer: connection refused, or closed by an instance dying with the request in flight. */
        NO_ANSWER,
        /** anything else: a 4xx, a 5xx without a problem, a 202 without an id, a timeout. */
        UNEXPECTED
    }

    record Outcome(String phase, int sequence, URI target, Instant startedAt, Kind kind, int status, String id,
                   String expectedStatus, String detail, Duration took) {

        Outcome(String phase, int sequence, URI target, Instant startedAt, Kind kind, int status, String id,
                String expectedStatus, String detail) {
            this(phase, sequence, target, startedAt, kind, status, id, expectedStatus, detail,
                    Duration.between(startedAt, Instant.now()));
        }
    }

    /**
     * The website: posts a comment every 400 ms (one at a time; a slow answer delays the next) to the given
     * comment-service instances in turn, and records every answer. Every fourth comment is an advert (expected
     * REJECTED), the others are readers' stories (expected PUBLISHED); every text and author is new.
     */
    private static final class CommentStream implements AutoCloseable {

        private final String phase;
        private final List<URI> targets;
        private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        private final List<Instant> attempts = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService poster;
        private final AtomicInteger turn = new AtomicInteger();

        CommentStream(String phase, List<ServiceInstance> targets) {
            this.phase = phase;
            this.targets = targets.stream().map(ServiceInstance::uri).toList();
            this.poster = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "comment-stream"));
            poster.scheduleWithFixedDelay(this::postOne, 0, 400, TimeUnit.MILLISECONDS);
        }

        private void postOne() {
            int sequence = SEQUENCE.incrementAndGet();
            URI target = targets.get(turn.getAndIncrement() % targets.size());
            boolean advert = sequence % 4 == 0;
            ObjectNode body = JSON.createObjectNode().put("articleId", ARTICLE_ID);
            Texts.Author author = Texts.author(sequence, advert);
            body.putObject("author").put("name", author.name()).put("email", author.email());
            body.put("body", advert ? Texts.advert(sequence) : Texts.story(sequence)).put("notifyOnReply", false);
            String expected = advert ? "REJECTED" : "PUBLISHED";
            Instant started = Instant.now();
            attempts.add(started);
            Outcome outcome;
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(target.resolve("/api/v1/comments"))
                        .header(CommentApiClient.API_KEY_HEADER, LocalStack.SITE_API_KEY)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(45))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                outcome = classify(sequence, target, started, response, expected);
            } catch (HttpConnectTimeoutException e) {
                outcome = new Outcome(phase, sequence, target, started, Kind.NO_ANSWER, 0, null, expected, e.toString());
            } catch (HttpTimeoutException e) {
                // comment-service hung: the website cannot tell whether the comment was taken
                outcome = new Outcome(phase, sequence, target, started, Kind.UNEXPECTED, 0, null, expected,
                        "no answer within 45 s");
            } catch (IOException e) {
                outcome = new Outcome(phase, sequence, target, started, Kind.NO_ANSWER, 0, null, expected, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            outcomes.add(outcome);
            RUN.add(outcome);
        }

        private Outcome classify(int sequence, URI target, Instant started, HttpResponse<String> response,
                                 String expected) {
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String detail = status + " " + contentType + " " + response.body();
            if (status == 202) {
                try {
                    String id = JSON.readTree(response.body()).path("id").asText("");
                    if (!id.isBlank()) {
                        return new Outcome(phase, sequence, target, started, Kind.ACCEPTED, status, id, expected, detail);
                    }
                } catch (IOException e) {
                    // a 202 without a readable id is unexpected
                }
            } else if (status >= 500 && contentType.startsWith("application/problem+json")) {
                return new Outcome(phase, sequence, target, started, Kind.REFUSED, status, null, expected, detail);
            }
            return new Outcome(phase, sequence, target, started, Kind.UNEXPECTED, status, null, expected, detail);
        }

        List<Outcome> outcomes() {
            return List.copyOf(outcomes);
        }

        int accepted() {
            return (int) outcomes.stream().filter(o -> o.kind() == Kind.ACCEPTED).count();
        }

        List<String> acceptedIds() {
            return FaultToleranceIT.acceptedIds(outcomes);
        }

        long answeredSince(Instant instant) {
            return outcomes.stream().filter(o -> !o.startedAt().isBefore(instant)).count();
        }

        long attemptedSince(Instant instant) {
            return attempts.stream().filter(a -> !a.isBefore(instant)).count();
        }

        void awaitAccepted(int count) {
            await(phase + ": " + count + " comments accepted").atMost(Duration.ofSeconds(90))
                    .until(() -> accepted() >= count);
        }

        /** Stops posting and waits for the post in flight. */
        @Override
        public void close() {
            if (poster.isShutdown()) {
                return;
            }
            poster.shutdown();
            try {
                if (!poster.awaitTermination(60, TimeUnit.SECONDS)) {
                    poster.shutdownNow();
                }
            } catch (InterruptedException e) {
                poster.shutdownNow();
                Thread.currentThread().interrupt();
            }
            Map<Kind, Long> kinds = outcomes.stream().collect(Collectors.groupingBy(Outcome::kind, TreeMap::new,
                    Collectors.counting()));
            System.out.printf("FAULT-COUNTS [%s] stream stopped: %d posted %s%n", phase, outcomes.size(), kinds);
            outcomes.stream().filter(o -> o.kind() != Kind.ACCEPTED).limit(10).forEach(o ->
                    System.out.printf("FAULT-COUNTS [%s]   #%d %s %s%n", phase, o.sequence(), o.kind(),
                            o.detail().length() > 300 ? o.detail().substring(0, 300) : o.detail()));
        }
    }

    /** Comment texts written for this test, all different (the engine holds a text it has seen before). */
    private static final class Texts {

        record Author(String name, String email) {
        }

        private static final String[] FIRST = {"Maren", "Tobias", "Leila", "Sam", "Ines", "Kofi", "Hanna", "Diego",
                "Yuki", "Rosa", "Emil", "Nadia"};
        private static final String[] OPENERS = {
                "My therapist once went quiet for a long time after I described my week, and I assumed she was bored.",
                "I was nervous about my first session and almost cancelled it twice.",
                "Our couples counsellor asked us to describe one good evening from the past month.",
                "I switched therapists last spring after realising I was editing everything I said.",
                "I started therapy after a difficult move to a new city.",
                "I used to think therapy was only for people in a crisis."};
        private static final String[] MIDDLES = {
                "Later she explained that she was giving me room to keep going, and that changed how I saw the silence.",
                "What helped was saying out loud that I felt awkward; we spent the rest of the hour on that.",
                "It took a few weeks before I trusted that I could disagree with her.",
                "Writing a few notes before each appointment made the time feel less rushed.",
                "I learned that it is fine to ask why a therapist suggests something.",
                "Bringing up a small annoyance early turned out to be easier than letting it grow."};
        private static final String[] CLOSERS = {
                "Thank you for writing about this, it makes the whole thing feel more normal.",
                "I hope the person who asked finds a gentle way to bring it up.",
                "Has anyone else had a similar experience with their counsellor?",
                "Reading the answer above made me feel less alone."};
        private static final String[] ADVERTS = {
                "Best online casino in town, free spins for every new player tonight only! Bonus round %d.",
                "Invest in bitcoin with our expert traders and double your savings in a week, offer %d.",
                "Cheap pills with no prescription needed and fast delivery worldwide, order %d today.",
                "Buy now and save big on designer watches, limited stock of %d pieces left."};

        static Author author(int sequence, boolean advert) {
            String first = FIRST[sequence % FIRST.length];
            if (advert) {
                return new Author("Deals Desk " + sequence, "offers" + sequence + "@deals-desk.example.com");
            }
            return new Author(first + " " + (char) ('A' + sequence % 26) + ".",
                    first.toLowerCase() + ".reader" + sequence + "@example.net");
        }

        static String story(int sequence) {
            return OPENERS[sequence % OPENERS.length] + " " + MIDDLES[(sequence / OPENERS.length) % MIDDLES.length]
                    + " I have been going for " + (sequence + 2) + " weeks now. "
                    + CLOSERS[(sequence / 3) % CLOSERS.length];
        }

        static String advert(int sequence) {
            return String.format(ADVERTS[(sequence / 4) % ADVERTS.length], 100 + sequence);
        }
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private static URI commentUri(ServiceInstance instance, String path) {
        return instance.uri().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.header(CommentApiClient.API_KEY_HEADER, LocalStack.SITE_API_KEY)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Copies the services' exec jars to {@code into/<module>/target/}, so that the processes this test starts and
     * restarts run the same jars throughout, even while someone rebuilds a module (a jar being rewritten reads as an
     * empty zip). A copy that is not a readable jar is taken again.
     */
    private static Path snapshotOfServiceJars(Path projectRoot, Path into) {
        for (Map.Entry<Service, Path> jar : ServiceProcesses.locateJars(projectRoot).entrySet()) {
            Path target = into.resolve(jar.getKey().module()).resolve("target").resolve(jar.getValue().getFileName());
            await("a complete copy of " + jar.getValue()).atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> {
                        Files.createDirectories(target.getParent());
                        Files.copy(jar.getValue(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(target.toFile())) {
                            return zip.getEntry("META-INF/MANIFEST.MF") != null && zip.size() > 10;
                        }
                    });
        }
        return into;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
