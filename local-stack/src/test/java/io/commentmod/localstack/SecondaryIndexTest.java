package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.backend.IndexKey;

/** The launcher's MongoDB answers range queries on non-unique indexes from the index, with the library's results. */
class SecondaryIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void anOutboxSweepQueryIsAnsweredFromTheIndexWithOnlyTheDocumentsHavingOldEntries() {
        SecondaryIndex index = new SecondaryIndex("outbox_created", List.of(new IndexKey("outbox.createdAt", true)),
                false);
        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("outbox.createdAt",
                new de.bwaldvogel.mongo.bson.Document("$lt", at(10)));
        index.add(comment("a", 1, 20), "a", null);
        index.add(comment("b"), "b", null);
        index.add(comment("c", 15), "c", null);
        index.add(comment("d", 5), "d", null);

        assertThat(index.canHandle(query)).isTrue();
        assertThat(index.getPositions(query)).containsExactlyInAnyOrder("a", "d");

        index.updateInPlace(comment("a", 1, 20), comment("a", 20), "a", null);
        index.remove(comment("d", 5));
        assertThat(index.getPositions(query)).isEmpty();
        assertThat(index.getCount()).isEqualTo(3);
        // a query on other fields, or with an operator the index does not model, is left to the collection
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", "PENDING"))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("outbox.createdAt",
                new de.bwaldvogel.mongo.bson.Document("$ne", at(1))))).isFalse();
    }

    @Test
    void rangeQueriesFindWhatAFullScanFindsThroughInsertsUpdatesDeletesAndARestart() throws IOException {
        int port = freePort();
        List<Bson> queries = List.of(
                Filters.lt("outbox.createdAt", Date.from(at(30))),
                Filters.and(Filters.gte("outbox.createdAt", Date.from(at(10))),
                        Filters.lte("outbox.createdAt", Date.from(at(40)))),
                Filters.and(Filters.eq("status", "QUEUED"), Filters.lte("dueAt", Date.from(at(50)))),
                Filters.and(Filters.eq("status", "SENT"), Filters.eq("dueAt", Date.from(at(7)))),
                Filters.eq("outbox.createdAt", Date.from(at(33))));
        List<List<Object>> before = new ArrayList<>();
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, port);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> indexed = client.getDatabase("t").getCollection("indexed");
            MongoCollection<Document> plain = client.getDatabase("t").getCollection("plain");
            indexed.createIndex(Indexes.ascending("outbox.createdAt"), new IndexOptions().name("outbox_created"));
            indexed.createIndex(Indexes.ascending("status", "dueAt"), new IndexOptions().name("digest_due"));
            for (int i = 0; i < 200; i++) {
                Document document = new Document("_id", "doc-" + i)
                        .append("status", i % 3 == 0 ? "QUEUED" : "SENT")
                        .append("outbox", i % 4 == 0 ? List.of() : List.of(
                                new Document("createdAt", Date.from(at(i % 60))),
                                new Document("createdAt", Date.from(at((i * 7) % 60)))));
                if (i % 5 != 0) {
                    document.append("dueAt", Date.from(at(i % 70)));
                }
                indexed.insertOne(document);
                plain.insertOne(document);
            }
            for (MongoCollection<Document> collection : List.of(indexed, plain)) {
                collection.updateMany(Filters.in("_id", "doc-1", "doc-2", "doc-3"),
                        Updates.pull("outbox", new Document("createdAt", Date.from(at(1)))));
                collection.updateOne(Filters.eq("_id", "doc-8"),
                        Updates.push("outbox", new Document("createdAt", Date.from(at(33)))));
                collection.updateMany(Filters.eq("status", "QUEUED"), Updates.set("dueAt", Date.from(at(45))));
                collection.deleteMany(Filters.in("_id", "doc-9", "doc-10", "doc-11"));
            }

            for (Bson query : queries) {
                List<Object> fromIndex = ids(indexed, query);
                assertThat(fromIndex).as("%s", query).isEqualTo(ids(plain, query)).doesNotHaveDuplicates();
                before.add(fromIndex);
            }
            assertThat(before.get(0)).isNotEmpty();
            assertThat(before.get(2)).isNotEmpty();
        }

        // After a restart the index is filled again from the stored documents
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, freePort());
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> indexed = client.getDatabase("t").getCollection("indexed");
            for (int i = 0; i < queries.size(); i++) {
                assertThat(ids(indexed, queries.get(i))).isEqualTo(before.get(i));
            }
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query) {
        List<Object> ids = new ArrayList<>();
        collection.find(query).forEach(document -> ids.add(document.get("_id")));
        ids.sort((a, b) -> a.toString().compareTo(b.toString()));
        return ids;
    }

    private static de.bwaldvogel.mongo.bson.Document comment(String id, int... outboxMinutes) {
        List<de.bwaldvogel.mongo.bson.Document> outbox = new ArrayList<>();
        for (int minute : outboxMinutes) {
            outbox.add(new de.bwaldvogel.mongo.bson.Document("createdAt", at(minute)));
        }
        return new de.bwaldvogel.mongo.bson.Document("_id", id).append("outbox", outbox);
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
