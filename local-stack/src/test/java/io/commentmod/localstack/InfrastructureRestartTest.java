package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The infrastructure half of the launcher (no services): real broker, real Mongo wire protocol, real SMTP. */
class InfrastructureRestartTest {

    private static final String TOPIC = "restart-check";
    private static final String GROUP = "restart-check-readers";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @TempDir
    Path dataDir;

    @Test
    void recordsOffsetsDocumentsAndIndexesWrittenBeforeARestartAreStillThereAfterIt() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults().withServices(false).withDataDir(dataDir).withFreePorts();

        try (LocalStack stack = LocalStack.start(options)) {
            produce(stack.kafkaBootstrapServers(), "comment-1", "a comment that must survive");
            assertThat(consumeAndCommit(stack.kafkaBootstrapServers()))
                    .containsExactly("comment-1=a comment that must survive");
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
                comments.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true));
                comments.insertOne(new Document("_id", "comment-1").append("idempotencyKey", "key-1")
                        .append("body", "a comment that must survive"));
            }
        }

        try (LocalStack stack = LocalStack.start(options)) {
            assertThat(readFromBeginning(stack.kafkaBootstrapServers()))
                    .containsExactly("comment-1=a comment that must survive");
            assertThat(committedOffset(stack.kafkaBootstrapServers())).isEqualTo(1L);
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
                Document survivor = comments.find(new Document("_id", "comment-1")).first();
                assertThat(survivor).isNotNull();
                assertThat(survivor.getString("body")).isEqualTo("a comment that must survive");
                assertThatThrownBy(() -> comments.insertOne(new Document("_id", "comment-2")
                        .append("idempotencyKey", "key-1")))
                        .as("the unique index survived the restart")
                        .isInstanceOfSatisfying(MongoWriteException.class,
                                e -> assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                                        .isEqualTo(ErrorCategory.DUPLICATE_KEY));
            }
        }
    }

    @Test
    void mailSentToTheSmtpPortIsListedByTheViewerWithEverythingEscaped() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults().withServices(false).withDataDir(dataDir).withFreePorts();

        try (LocalStack stack = LocalStack.start(options)) {
            send(stack.smtpPort(), "New reply to <script>alert('x')</script>", "Someone replied & said <hi>.",
                    "therapist@example.org", "reader@example.org");

            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode messages = new ObjectMapper().readTree(get(http, stack.mailViewerUri().resolve("/api/messages")).body());
                assertThat(messages).hasSize(1);
                assertThat(messages.get(0).get("subject").asText()).isEqualTo("New reply to <script>alert('x')</script>");
                assertThat(messages.get(0).get("to")).extracting(JsonNode::asText)
                        .containsExactly("reader@example.org", "therapist@example.org");
                assertThat(messages.get(0).get("body").asText()).contains("Someone replied & said <hi>.");
            });
            HttpResponse<String> list = get(http, stack.mailViewerUri());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(list.body())
                    .contains("New reply to &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .doesNotContain("<script>");
            HttpResponse<String> one = get(http, stack.mailViewerUri().resolve("/messages/1"));
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("Someone replied &amp; said &lt;hi&gt;.").contains("Subject: New reply to &lt;script&gt;");
            assertThat(get(http, stack.mailViewerUri().resolve("/messages/2")).statusCode()).isEqualTo(404);
            assertThat(stack.greenMail().getReceivedMessages()).as("one copy per recipient mailbox").hasSize(2);
        }
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Reads as a consumer group member and commits, so the restart must also keep the group's offset. */
    private static List<String> consumeAndCommit(String bootstrap) {
        Properties config = consumerConfig(bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            List<String> seen = pollUntilOne(consumer);
            consumer.commitSync();
            return seen;
        }
    }

    private static List<String> readFromBeginning(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(bootstrap))) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            return pollUntilOne(consumer);
        }
    }

    private static List<String> pollUntilOne(KafkaConsumer<String, String> consumer) {
        List<String> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(record.key() + "=" + record.value());
            }
            return !seen.isEmpty();
        });
        return seen;
    }

    private static long committedOffset(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.get(PARTITION).offset();
        }
    }

    private static Properties consumerConfig(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private static void send(int smtpPort, String subject, String text, String... recipients) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("notifications@commentmod.local"));
        for (String recipient : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
