package io.commentmod.testsupport;

import java.net.InetSocketAddress;

import org.springframework.test.context.DynamicPropertyRegistry;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory mongo-java-server per test JVM (it speaks the MongoDB wire protocol), started on first use. Test
 * classes get their own database name so they do not see each other's documents.
 */
public final class EmbeddedMongo {

    private static MongoServer server;
    private static String connection;

    private EmbeddedMongo() {
    }

    public static synchronized String connectionString() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            connection = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
        }
        return connection;
    }

    public static String uri(String database) {
        return connectionString() + "/" + database;
    }

    /** Points {@code spring.mongodb.uri} at the shared server with the given database. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> uri(database));
    }
}
