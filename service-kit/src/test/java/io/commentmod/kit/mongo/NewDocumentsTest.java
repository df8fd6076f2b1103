package io.commentmod.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.commentmod.testsupport.EmbeddedMongo;

/** A redelivered poll inserts what is new and leaves what was stored before as it is, in one bulk insert. */
class NewDocumentsTest {

    private final MongoClient client = MongoClients.create(EmbeddedMongo.connectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "new-documents-test");

    @AfterEach
    void close() {
        mongo.dropCollection("things");
        client.close();
    }

    @Test
    void documentsWhoseIdIsTakenAreLeftOutAndLeftAsTheyAre() {
        // Given one document stored before, changed since
        mongo.insert(new Document("_id", "b").append("state", "moved on"), "things");

        // When a batch with that id among new ones is inserted
        List<Document> stored = NewDocuments.insertAbsent(mongo, Document.class, "things", List.of(
                new Document("_id", "a").append("state", "new"), new Document("_id", "b").append("state", "new"),
                new Document("_id", "c").append("state", "new")));

        // Then the others are stored and reported, in order, and the taken one is untouched
        assertThat(stored).extracting(d -> d.get("_id")).containsExactly("a", "c");
        assertThat(mongo.findAll(Document.class, "things")).extracting(d -> d.get("_id") + "=" + d.get("state"))
                .containsExactlyInAnyOrder("a=new", "b=moved on", "c=new");
    }

    @Test
    void aBatchOfNewDocumentsIsStoredWhole() {
        List<Document> batch = List.of(new Document("_id", 1), new Document("_id", 2));

        assertThat(NewDocuments.insertAbsent(mongo, Document.class, "things", batch)).isEqualTo(batch);
        assertThat(mongo.getCollection("things").countDocuments()).isEqualTo(2);
    }
}
