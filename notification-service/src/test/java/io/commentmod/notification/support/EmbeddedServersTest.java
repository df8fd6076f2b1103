package io.commentmod.notification.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.EmbeddedMongo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;

/**
 * The whole service on real embedded servers: a KRaft broker, mongo-java-server and GreenMail. Every integration test
 * class extends this unchanged, so Spring starts one context and one broker for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class EmbeddedServersTest {

    @RegisterExtension
    protected static final GreenMailExtension greenMail = Smtp.extension();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MeterRegistry meters;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "notifications-it");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Smtp.PORT);
        // Retries as in production, only faster: 200 ms doubling to 1 s, 8 attempts (about 5 s in all).
        registry.add("commentmod.notification.retry.initial-backoff", () -> "200ms");
        registry.add("commentmod.notification.retry.multiplier", () -> "2.0");
        registry.add("commentmod.notification.retry.max-backoff", () -> "1s");
        registry.add("commentmod.notification.on-call", () -> TestProperties.ON_CALL);
        // Tests send digests themselves, at the instant they choose.
        registry.add("commentmod.notification.digest.poll-interval", () -> "1h");
    }

    /** Sends the event the way the producing service's outbox relay does: keyed by comment id. */
    protected void publish(DomainEvent event) {
        try {
            kafka.send(Topics.topicOf(event), event.meta().key(), event).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + event.meta().id(), e);
        }
    }

    protected List<MimeMessage> messagesTo(String email) {
        return Smtp.messagesTo(greenMail, email);
    }

    protected List<Document> deliveriesOf(String commentId) {
        return mongo.find(query(where("commentId").is(commentId)), Document.class, "deliveries");
    }

    /** The sum over every counter of that name with that tag (all kinds, say, for one reason). */
    protected double counter(String name, String tag, String value) {
        return meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The sum over every counter of that name, whatever its tags. */
    protected double total(String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    protected double suppressed(String kind, String reason) {
        return meters.find("notifications.suppressed").tag("kind", kind).tag("reason", reason).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    protected HttpResponse<String> get(String pathAndQuery, String... basicUserAndPassword) {
        return send(request(pathAndQuery, basicUserAndPassword).GET().build());
    }

    protected HttpResponse<String> post(String pathAndQuery, String... basicUserAndPassword) {
        return send(request(pathAndQuery, basicUserAndPassword).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    protected HttpResponse<String> postForm(String pathAndQuery, String form) {
        return send(request(pathAndQuery).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpRequest.Builder request(String pathAndQuery, String... basicUserAndPassword) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (basicUserAndPassword.length == 2) {
            String credentials = basicUserAndPassword[0] + ":" + basicUserAndPassword[1];
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
