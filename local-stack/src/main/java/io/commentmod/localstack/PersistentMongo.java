package io.commentmod.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server speaking the MongoDB wire protocol, storing every database in one H2 MVStore file so documents
 * and indexes survive a restart. No sessions or multi-document transactions (see stack-notes): the services do not
 * need them.
 */
final class PersistentMongo implements AutoCloseable {

    /**
     * MVStore writes changes to the file in the background; the default lets up to a second of writes sit in memory.
     * Shorter, so that killing the launcher (not just stopping it, which commits) loses as little as possible.
     */
    private static final int AUTO_COMMIT_DELAY_MS = 100;

    /**
     * MVStore keeps this many MB of decoded pages. Its default, 16 MB, held a few thousand comments: past that, a
     * read of one document decoded its whole page again, most of the launcher's MongoDB time in a flat-out run while
     * documents were stored Java-serialized (docs/benchmarks.md).
     */
    private static final int PAGE_CACHE_MB = 256;

    /**
     * mongo-java-server answers a connection's requests on the network thread that owns it, and by default has four
     * (twice the cores here) for every client: a bulk insert of a few hundred comments held up every other
     * connection on its thread. Threads waiting for the network cost nothing, so each connection of the services'
     * pools is more likely to have one to itself.
     */
    private static final int NETWORK_THREADS = 32;

    private final MongoServer server;
    private final int port;

    private PersistentMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static PersistentMongo start(Path dir, int port) {
        MVStore store;
        try {
            Files.createDirectories(dir);
            store = new MVStore.Builder().fileName(dir.resolve("mongo.mv.db").toString()).cacheSize(PAGE_CACHE_MB)
                    .backgroundExceptionHandler((thread, e) -> LoggerFactory.getLogger(PersistentMongo.class)
                            .error("MongoDB's H2 store failed in {}", thread.getName(), e))
                    .open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the MongoDB data directory " + dir, e);
        } catch (IllegalStateException e) {
            // MVStore's way of saying the file is locked by another process or unreadable
            throw new LocalStackException("Cannot open the MongoDB data file in " + dir + ": " + e.getMessage()
                    + "\n(Is another local stack using the same --data-dir?)", e);
        }
        store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MS);
        MongoServer server = new MongoServer(new IdFirstH2Backend(store));
        try {
            server.bind(new InetSocketAddress(Ports.HOST, port), 1, NETWORK_THREADS);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new LocalStackException("MongoDB could not listen on " + Ports.HOST + ":" + port + ": " + e.getMessage(), e);
        }
        return new PersistentMongo(server, port);
    }

    String uri() {
        return "mongodb://" + Ports.HOST + ":" + port;
    }

    String uri(String database) {
        return uri() + "/" + database;
    }

    /** Closes client connections, then the backend, which commits and closes the file. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
