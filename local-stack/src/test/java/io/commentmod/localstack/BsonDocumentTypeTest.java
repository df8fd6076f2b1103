package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.ObjectId;

/** The launcher's MongoDB stores documents as BSON and still reads data folders that stored them Java-serialized. */
class BsonDocumentTypeTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsOfEveryKindTheServicesStoreComeBackEqualAfterARestart() {
        de.bwaldvogel.mongo.bson.Document comment = new de.bwaldvogel.mongo.bson.Document("_id", "c-1")
                .append("oid", new ObjectId())
                .append("status", "PUBLISHED")
                .append("revision", 3)
                .append("sequence", 9_000_000_000L)
                .append("score", 0.973)
                .append("notify", true)
                .append("parentId", null)
                .append("createdAt", Instant.parse("2026-11-27T10:15:30.123Z"))
                .append("author", new de.bwaldvogel.mongo.bson.Document("name", "Ana \u202e\u200b")
                        .append("email", "ana@example.org"))
                .append("outbox", List.of(new de.bwaldvogel.mongo.bson.Document("type", "CommentStatusChanged")
                        .append("createdAt", Instant.parse("2026-11-27T10:15:31Z"))))
                .append("labels", List.of("spam", "link"));
        Path file = dataDir.resolve("store.mv.db");
        try (MVStore store = MVStore.open(file.toString())) {
            bsonMap(store).put("c-1", comment);
        }
        try (MVStore store = MVStore.open(file.toString())) {
            assertThat(bsonMap(store).get("c-1")).isEqualTo(comment);
        }
    }

    @Test
    void aDataFolderWrittenJavaSerializedIsReadQueriedAndUpdatedAndStaysReadable() throws IOException {
        int port = freePort();
        // the way the library alone (and this project before) stored documents
        try (MVStore store = new MVStore.Builder().fileName(dataDir.resolve("mongo.mv.db").toString()).open()) {
            MongoServer library = new MongoServer(new H2Backend(store));
            library.bind(Ports.HOST, port);
            try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":" + port)) {
                MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
                for (int i = 0; i < 300; i++) {
                    comments.insertOne(comment(i));
                }
            } finally {
                library.shutdownNow();
            }
        }
        try (MVStore store = MVStore.open(dataDir.resolve("mongo.mv.db").toString())) {
            Object stored = store.openMap("databases.comments.comments").get("comment-7");
            assertThat(stored).as("the old format was really written").isNotNull();
        }

        List<Document> expected = new ArrayList<>();
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, port);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
            assertThat(comments.countDocuments()).isEqualTo(300);
            assertThat(comments.find(Filters.eq("_id", "comment-7")).first()).isEqualTo(comment(7));
            // updates rewrite pages that still hold Java-serialized documents next to BSON ones
            comments.updateMany(Filters.lt("order", 150), Updates.set("status", "PUBLISHED"));
            comments.insertOne(comment(300));
            comments.deleteOne(Filters.eq("_id", "comment-299"));
            comments.find().sort(Sorts.ascending("order")).into(expected);
        }
        try (PersistentMongo mongo = PersistentMongo.start(dataDir, port);
                MongoClient client = MongoClients.create(mongo.uri())) {
            MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
            assertThat(comments.find().sort(Sorts.ascending("order")).into(new ArrayList<>())).isEqualTo(expected);
            assertThat(comments.countDocuments(Filters.eq("status", "PUBLISHED"))).isEqualTo(150);
            assertThat(comments.find(Filters.eq("_id", "comment-300")).first()).isEqualTo(comment(300));
        }
        try (MVStore store = MVStore.open(dataDir.resolve("mongo.mv.db").toString())) {
            assertThat(bsonMap(store, "databases.comments.comments").get("comment-0").get("status"))
                    .isEqualTo("PUBLISHED");
        }
        try (MVStore store = MVStore.open(dataDir.resolve("mongo.mv.db").toString())) {
            assertThatThrownBy(() -> store.openMap("databases.comments.comments").get("comment-0"))
                    .as("an updated document is stored as BSON, which H2's own type cannot read")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    private static MVMap<Object, de.bwaldvogel.mongo.bson.Document> bsonMap(MVStore store) {
        return bsonMap(store, "documents");
    }

    private static MVMap<Object, de.bwaldvogel.mongo.bson.Document> bsonMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                .valueType(BsonDocumentType.INSTANCE));
    }

    private static Document comment(int i) {
        return new Document("_id", "comment-" + i)
                .append("order", i)
                .append("status", "PENDING")
                .append("body", "Comment number " + i + " with a little more text to fill the page")
                .append("receivedAt", Date.from(Instant.parse("2026-11-27T10:00:00Z").plusSeconds(i)))
                .append("author", new Document("name", "Reader " + i).append("email", "reader" + i + "@example.org"))
                .append("outbox", List.of(new Document("type", "CommentAccepted").append("attempt", (long) i)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
