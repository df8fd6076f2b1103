package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/** What the launcher's MongoDB guarantees: to the H2 store that writes its pages in the background, and to readers. */
class IdFirstH2BackendTest {

    @Test
    void anUpdatePutsANewDocumentInsteadOfChangingTheOneTheStoreHolds() throws IOException {
        MVStore store = new MVStore.Builder().open();
        MongoServer server = new MongoServer(new IdFirstH2Backend(store));
        int port = freePort();
        server.bind(Ports.HOST, port);
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":" + port)) {
            MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
            comments.insertOne(new Document("_id", "c-1").append("status", "PENDING").append("revision", 1));
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = store.openMap("databases.comments.comments");
            de.bwaldvogel.mongo.bson.Document held = documents.get("c-1");

            comments.updateOne(Filters.and(Filters.eq("_id", "c-1"), Filters.lt("revision", 2)),
                    Updates.combine(Updates.set("status", "PUBLISHED"), Updates.set("revision", 2)));
            de.bwaldvogel.mongo.bson.Document afterUpdate = documents.get("c-1");
            Document returned = comments.findOneAndUpdate(Filters.eq("status", "PUBLISHED"),
                    Updates.unset("revision"), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));

            assertThat(held).containsEntry("status", "PENDING").containsEntry("revision", 1);
            assertThat(afterUpdate).containsEntry("status", "PUBLISHED").containsEntry("revision", 2);
            assertThat(documents.get("c-1")).containsEntry("status", "PUBLISHED").doesNotContainKey("revision");
            assertThat(returned).isEqualTo(new Document("_id", "c-1").append("status", "PUBLISHED"));
            assertThat(comments.find(Filters.eq("_id", "c-1")).first()).isEqualTo(returned);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aLookUpByIdIsAnsweredWhileTheCollectionIsBusyWithAnotherOperation() throws Exception {
        IdFirstH2Backend backend = new IdFirstH2Backend(new MVStore.Builder().open());
        MongoServer server = new MongoServer(backend);
        int port = freePort();
        server.bind(new InetSocketAddress(Ports.HOST, port), 1, 8);
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.HOST + ":" + port)) {
            MongoCollection<Document> comments = client.getDatabase("comments").getCollection("comments");
            comments.insertOne(new Document("_id", "parent").append("articleId", "a-1").append("status", "HELD"));
            Object collection = backend.resolveDatabase("comments").resolveCollection("comments", true);

            CompletableFuture<Document> byStatus;
            Document parent;
            // the library's collection runs each operation holding its monitor: holding it here is a long bulk write
            synchronized (collection) {
                byStatus = CompletableFuture.supplyAsync(() -> comments.find(Filters.eq("status", "HELD")).first());
                parent = CompletableFuture.supplyAsync(() -> comments.find(Filters.eq("_id", "parent"))
                        .projection(new Document("articleId", 1)).first()).get(10, TimeUnit.SECONDS);
                assertThat(byStatus).isNotDone();
            }

            assertThat(parent).isEqualTo(new Document("_id", "parent").append("articleId", "a-1"));
            assertThat(byStatus.get(10, TimeUnit.SECONDS)).containsEntry("_id", "parent");
            assertThat(comments.find(Filters.eq("_id", "other")).first()).isNull();
        } finally {
            server.shutdownNow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
