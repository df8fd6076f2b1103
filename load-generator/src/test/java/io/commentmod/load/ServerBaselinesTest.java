package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

class ServerBaselinesTest {

    private static final Resources.CpuMeter NO_PROCESSES = new Resources.CpuMeter(List.of(), Map.of());

    @Test
    @SuppressWarnings("unchecked")
    void mongoBaselineTimesInsertsFindsAndUpdatesAndDropsItsScratchDatabase() throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("site").getCollection("kept").insertOne(new org.bson.Document("_id", "k"));

            Map<String, Object> result = ServerBaselines.mongo(uri, Duration.ofMillis(1500), NO_PROCESSES);

            Map<String, Object> inserts = (Map<String, Object>) result.get("bulkInsert");
            assertThat((Long) inserts.get("documents")).isPositive()
                    .satisfies(n -> assertThat(n % ServerBaselines.INSERT_BATCH).isZero());
            assertThat((Long) ((Map<String, Object>) result.get("findById")).get("operations")).isPositive();
            assertThat((Long) ((Map<String, Object>) result.get("updateById")).get("operations")).isPositive();
            assertThat((Long) ((Map<String, Object>) result.get("bulkUpdate")).get("documents")).isPositive();
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains("site")
                    .doesNotContain(ServerBaselines.SCRATCH_DATABASE);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void smtpBaselineCountsEveryMessageTheServerAcceptedAndStopsAtItsCap() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            String server = "127.0.0.1:" + smtp.getSmtp().getPort();

            Map<String, Object> result = ServerBaselines.smtp(server, Duration.ofMinutes(5), 2, NO_PROCESSES);

            assertThat(result.get("messages")).isEqualTo((long) ServerBaselines.MAX_MESSAGES);
            assertThat(smtp.getReceivedMessagesForDomain("loadgen.invalid")).hasSize(ServerBaselines.MAX_MESSAGES);
        } finally {
            smtp.stop();
        }
    }
}
