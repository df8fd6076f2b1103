package io.commentmod.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

import org.HdrHistogram.Histogram;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the stack's own MongoDB and SMTP servers can do on this machine with nothing of the services in the way: the
 * other two servers every comment goes through (the Kafka broker has {@link KafkaProbe#producerBaseline}). Each
 * operation is timed alone, so the rates are upper bounds for the work the pipeline asks of each server.
 */
final class ServerBaselines {

    static final String SCRATCH_DATABASE = "loadgen-baseline";
    static final String SINK_ADDRESS = "baseline@loadgen.invalid";

    /** Bulk inserts as the services do them (one insertMany per poll), this many documents each. */
    static final int INSERT_BATCH = 100;
    /** Threads for the one-at-a-time operations: about what the services' listener threads keep in flight. */
    static final int THREADS = 8;
    /** GreenMail keeps every message in memory and the mail viewer lists them all: bounded. */
    static final int MAX_MESSAGES = 3_000;

    private ServerBaselines() {
    }

    /**
     * Bulk inserts, then finds by id and updates by id one at a time, then the same updates in bulk (as the services
     * apply a poll's verdicts), a quarter of {@code duration} each.
     */
    static Map<String, Object> mongo(String uri, Duration duration, Resources.CpuMeter cpu) throws Exception {
        Duration each = duration.dividedBy(4);
        String filler = "x".repeat(800);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("uri", uri);
        map.put("database", SCRATCH_DATABASE + " (dropped afterwards)");
        map.put("documentBytes", "about 1,000");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(SCRATCH_DATABASE);
            MongoCollection<Document> docs = db.getCollection("docs");
            try {
                Map<String, Object> inserts = inBatches(each, cpu, first -> docs.insertMany(
                        numbered(first).mapToObj(n -> new Document("_id", idOf(n)).append("articleId", "a-" + n % 8)
                                .append("status", "PENDING").append("revision", 0).append("body", filler))
                                .toList()));
                map.put("bulkInsert", inserts);
                long stored = (Long) inserts.get("documents");
                map.put("findById", oneAtATime(each, stored, cpu, id -> docs.find(Filters.eq("_id", id)).first()));
                map.put("updateById", oneAtATime(each, stored, cpu, id -> docs.updateOne(Filters.eq("_id", id),
                        Updates.combine(Updates.set("status", "PUBLISHED"), Updates.inc("revision", 1)))));
                map.put("bulkUpdate", inBatches(each, cpu, first -> docs.bulkWrite(numbered(first)
                        .mapToObj(n -> new UpdateOneModel<Document>(Filters.eq("_id", idOf(n % stored)),
                                Updates.combine(Updates.set("status", "HELD"), Updates.inc("revision", 1))))
                        .toList(), new BulkWriteOptions().ordered(false))));
            } finally {
                db.drop();
            }
        }
        return map;
    }

    private static String idOf(long n) {
        return "b-" + n;
    }

    private static LongStream numbered(long first) {
        return LongStream.range(first, first + INSERT_BATCH);
    }

    private interface Batch {
        void write(long first) throws Exception;
    }

    /** Writes batches of {@value #INSERT_BATCH} documents numbered from 0, one after the other, for {@code duration}. */
    private static Map<String, Object> inBatches(Duration duration, Resources.CpuMeter cpu, Batch batch)
            throws Exception {
        Resources.Snapshot before = cpu.now();
        long start = System.nanoTime();
        long stopAt = start + duration.toNanos();
        long documents = 0;
        Histogram batches = Latency.newHistogram();
        while (System.nanoTime() < stopAt) {
            long t = System.nanoTime();
            batch.write(documents);
            batches.recordValue(Latency.micros(System.nanoTime() - t));
            documents += INSERT_BATCH;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("batchSize", INSERT_BATCH);
        map.put("documents", documents);
        map.put("documentsPerSecond", HttpLoad.round(documents / seconds, 1));
        map.put("batchLatencyMs", Latency.summary(batches));
        map.put("cpuMsPerDocument", cpu.perOperation(before, documents));
        return map;
    }

    private interface ById {
        Object apply(String id) throws Exception;
    }

    private static Map<String, Object> oneAtATime(Duration duration, long stored, Resources.CpuMeter cpu,
            ById operation) throws Exception {
        Resources.Snapshot before = cpu.now();
        long start = System.nanoTime();
        long stopAt = start + duration.toNanos();
        Histogram all = inParallel(THREADS, offset -> () -> {
            Histogram h = Latency.newHistogram();
            for (int i = offset; System.nanoTime() < stopAt; i += THREADS) {
                long t = System.nanoTime();
                operation.apply(idOf(i % stored));
                h.recordValue(Latency.micros(System.nanoTime() - t));
            }
            return h;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("threads", THREADS);
        map.put("operations", all.getTotalCount());
        map.put("operationsPerSecond", HttpLoad.round(all.getTotalCount() / seconds, 1));
        map.put("latencyMs", Latency.summary(all));
        map.put("cpuMsPerOperation", cpu.perOperation(before, all.getTotalCount()));
        return map;
    }

    /** Runs one worker per thread (given its index) until all are done; their latencies added up. */
    private static Histogram inParallel(int threads, IntFunction<Callable<Histogram>> worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Histogram>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(worker.apply(w));
            }
            Histogram all = Latency.newHistogram();
            for (Future<Histogram> done : pool.invokeAll(workers)) {
                all.add(done.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Flat-out SMTP: {@code threads} connections each sending a notification-sized message (subject, plain text of
     * about 1 KB) to {@value #SINK_ADDRESS}, until {@code duration} or {@value #MAX_MESSAGES} messages.
     */
    static Map<String, Object> smtp(String hostAndPort, Duration duration, int threads, Resources.CpuMeter cpu)
            throws Exception {
        int colon = hostAndPort.lastIndexOf(':');
        Properties props = new Properties();
        props.put("mail.smtp.host", hostAndPort.substring(0, colon));
        props.put("mail.smtp.port", hostAndPort.substring(colon + 1));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(props);
        String text = ("Someone replied to the comment you wrote on \"Why I cried in front of my therapist\".\n"
                + "Read it here: https://therapy-qa.example/articles/a#comment-1\n\n").repeat(7);
        long perThread = MAX_MESSAGES / threads;
        Resources.Snapshot before = cpu.now();
        long start = System.nanoTime();
        long stopAt = start + duration.toNanos();
        Histogram all = inParallel(threads, sender -> () -> {
            Histogram h = Latency.newHistogram();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (long n = 0; n < perThread && System.nanoTime() < stopAt; n++) {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress("notifications@loadgen.invalid"));
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(SINK_ADDRESS));
                    message.setSubject("Baseline message " + n);
                    message.setText(text, "UTF-8");
                    message.saveChanges();
                    long s = System.nanoTime();
                    transport.sendMessage(message, message.getAllRecipients());
                    h.recordValue(Latency.micros(System.nanoTime() - s));
                }
            }
            return h;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("server", hostAndPort);
        map.put("recipient", SINK_ADDRESS);
        map.put("connections", threads);
        map.put("messageBytes", text.length());
        map.put("messages", all.getTotalCount());
        map.put("seconds", HttpLoad.round(seconds, 3));
        map.put("messagesPerSecond", HttpLoad.round(all.getTotalCount() / seconds, 1));
        map.put("sendLatencyMs", Latency.summary(all));
        map.put("cpuMsPerMessage", cpu.perOperation(before, all.getTotalCount()));
        return map;
    }
}
