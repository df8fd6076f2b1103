package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The launcher's MongoDB compares unique-index keys as values, and takes over data files written before it did. */
class OrderedUniqueIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsAndUniqueKeysWrittenByTheLibrarysOwnIndexAreFoundAndEnforcedAfterTheUpgrade() throws Exception {
        // Given a data file written by mongo-java-server's own H2 backend: mixed id types and a compound unique key
        Files.createDirectories(dataDir);
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("mongo.mv.db").toString()).open();
        MongoServer before = new MongoServer(new H2Backend(store));
        int port = freePort();
        before.bind(Ports.HOST, port);
        List<Object> ids = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":" + port)) {
            MongoCollection<Document> deliveries = client.getDatabase("notifications").getCollection("deliveries");
            deliveries.createIndex(Indexes.ascending("commentId", "kind", "recipient"),
                    new IndexOptions().unique(true).name("delivery_key"));
            for (int i = 0; i < 300; i++) {
                Object id = i % 3 == 0 ? (Object) i : i % 3 == 1 ? "d-" + i : (Object) (i + 0.5);
                ids.add(id);
                deliveries.insertOne(new Document("_id", id).append("commentId", "c-" + (i % 50))
                        .append("kind", i % 2 == 0 ? "THERAPIST" : "REPLY").append("recipient", "r" + i + "@x.org"));
            }
        }
        before.shutdownNow();

        // When the launcher's MongoDB opens the same file
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, freePort());
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> deliveries = client.getDatabase("notifications").getCollection("deliveries");

            // Then every document is found by its id, and only by its own
            for (Object id : ids) {
                assertThat(deliveries.find(Filters.eq("_id", id)).into(new ArrayList<>())).singleElement()
                        .satisfies(found -> assertThat(found.get("_id")).isEqualTo(id));
            }
            assertThat(deliveries.find(Filters.eq("_id", "d-2")).first()).isNull();

            // And both unique keys still refuse a second document
            assertThatThrownBy(() -> deliveries.insertOne(new Document("_id", "d-1")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                            ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> deliveries.insertOne(new Document("_id", "new").append("commentId", "c-1")
                    .append("kind", "REPLY").append("recipient", "r1@x.org")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                            ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));

            // And new documents are indexed as well, an integer and the equal double being one key as in MongoDB
            deliveries.insertOne(new Document("_id", 1000).append("recipient", "late@x.org"));
            assertThat(deliveries.find(Filters.eq("_id", 1000.0)).first()).isNotNull()
                    .extracting(d -> d.get("recipient")).isEqualTo("late@x.org");
            assertThatThrownBy(() -> deliveries.insertOne(new Document("_id", 1000.0)))
                    .isInstanceOf(MongoWriteException.class);
        }

        // And after a restart the new index is read back as it was written
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, freePort());
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> deliveries = client.getDatabase("notifications").getCollection("deliveries");
            assertThat(deliveries.countDocuments()).isEqualTo(301);
            assertThat(deliveries.find(Filters.eq("_id", "d-100")).first()).isNotNull();
            assertThatThrownBy(() -> deliveries.insertOne(new Document("_id", 1000)))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void keysStoredJavaSerializedByAnEarlierVersionAreReadNextToKeysStoredAsBson() {
        String file = dataDir.resolve("keys.mv.db").toString();
        try (MVStore store = MVStore.open(file)) {
            MVMap<Object, Object> earlier = store.openMap("keys");
            for (int i = 0; i < 500; i++) {
                earlier.put(new KeyValue("c-" + i, i), "id-" + i);
            }
        }
        KeyValue added = new KeyValue("d-1", Missing.getInstance(), 2.5);
        try (MVStore store = MVStore.open(file)) {
            keys(store).put(added, "id-new");
        }
        try (MVStore store = MVStore.open(file)) {
            assertThatThrownBy(() -> store.openMap("keys").keySet().forEach(key -> { }))
                    .as("the page that changed is stored as BSON, which H2's own type cannot read")
                    .isInstanceOf(RuntimeException.class);
        }
        try (MVStore store = MVStore.open(file)) {
            Map<KeyValue, Object> all = new HashMap<>();
            keys(store).forEach(all::put);
            assertThat(all).hasSize(501).containsEntry(new KeyValue("c-7", 7), "id-7")
                    .containsEntry(new KeyValue("c-499", 499), "id-499").containsEntry(added, "id-new");
        }
    }

    private static MVMap<KeyValue, Object> keys(MVStore store) {
        return store.openMap("keys", new MVMap.Builder<KeyValue, Object>()
                .keyType(new OrderedUniqueIndex.KeyValueType()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
