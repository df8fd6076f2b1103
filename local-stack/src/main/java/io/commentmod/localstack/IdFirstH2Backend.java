package io.commentmod.localstack;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * mongo-java-server on H2, with one thing a real MongoDB does and it does not: a query with {@code _id} equal to a
 * value and further conditions ({@code {_id: x, revision: {$lt: 3}}}) starts from the document with that id.
 * mongo-java-server uses an index only when the query's fields are exactly the index's, so every conditional update
 * by id (how the services apply a verdict, or record an email as sent) read and decoded the whole collection, and
 * the local stack slowed down with every comment stored (measured: local-stack at one full core, 10 verdicts/s).
 * And its unique indexes compare keys as MongoDB values ({@link OrderedUniqueIndex}) instead of by serialized bytes,
 * and its non-unique indexes are used ({@link SecondaryIndex}) instead of accepted and ignored, and documents are
 * stored as BSON ({@link BsonDocumentType}) instead of Java-serialized, and a look-up by id does not wait for the
 * collection's writes.
 * <p>
 * Only the local stack uses this; services run the same queries against a real MongoDB in production.
 */
final class IdFirstH2Backend extends H2Backend {

    IdFirstH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private final class Database extends H2Database {

        /** Where mongo-java-server's H2 backend keeps a collection's documents: this prefix and the namespace. */
        private static final String DATA_MAP_PREFIX = "databases.";

        private final CursorRegistry cursors;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
            this.cursors = cursors;
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return OrderedUniqueIndex.open(store(), getFullCollectionNamespace(collectionName), indexName, keys, sparse);
        }

        /** mongo-java-server would keep a non-unique index that no query uses. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex(indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String map = OrderedUniqueIndex.mapName(getFullCollectionNamespace(collection.getCollectionName()),
                    indexName);
            if (store().hasMap(map)) {
                store().removeMap(map);
            }
        }

        /** The backend's store: the superclass constructor opens the indexes, before any field here is set. */
        private MVStore store() {
            return getMvStore();
        }

        /**
         * The library's collection opens the maps under its naming scheme; this one reuses them, with the documents
         * stored as BSON: the data map is opened here first, and H2 hands the open map to the library's
         * {@code openMap(name)}.
         */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            store().openMap(DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName),
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            H2Collection opened = (H2Collection) super.openOrCreateCollection(collectionName, options);
            MVMap<Object, Document> data = map(opened, "dataMap");
            if (data.getValueType() != BsonDocumentType.INSTANCE) {
                throw new IllegalStateException("mongo-java-server's H2Database changed: " + collectionName
                        + "'s documents are not kept as BSON");
            }
            return new Collection(this, collectionName, options, data, map(opened, "metaMap"), cursors);
        }

        @SuppressWarnings("unchecked")
        private static <K, V> MVMap<K, V> map(H2Collection collection, String field) {
            try {
                Field declared = H2Collection.class.getDeclaredField(field);
                declared.setAccessible(true);
                return (MVMap<K, V>) declared.get(collection);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("mongo-java-server's H2Collection changed: no field " + field, e);
            }
        }
    }

    private static final class Collection extends H2Collection {

        /**
         * Set while an update runs. mongo-java-server changes the documents an update matched in place and puts them
         * back, while H2 may be writing an earlier version of the page that holds the same object in the background:
         * under load that failed with a ConcurrentModificationException and closed the store (docs/benchmarks.md).
         * Updates therefore get copies, so a document in the map never changes once it is there.
         */
        private boolean updating;

        private final MVMap<Object, Document> data;

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
            this.data = data;
        }

        /**
         * A query for one id ({@code {_id: x}}) reads the document straight from the map, without the lock the
         * library takes for every operation on a collection. With that lock, a reply's look-up of its parent waited
         * for whole bulk inserts and updates of the same collection: under a flat-out load most of comment-service's
         * request threads sat there (docs/benchmarks.md). H2's map can be read while it is written, and a stored
         * document never changes. Only where the map is keyed by {@code _id}, and only ids whose equality is the map
         * key's (strings, ObjectIds, UUIDs): MongoDB finds {@code 1.0} for {@code {_id: 1}}, the map would not.
         */
        @Override
        public QueryResult handleQuery(QueryParameters parameters) {
            // the find command arrives as {$query: filter, $orderby: sort}; the order of one document is no matter
            Document selector = parameters.getQuerySelector();
            Document query = selector.get("$query") instanceof Document filter ? filter : selector;
            Object id = query.size() == 1 && "_id".equals(getIdField()) ? query.get("_id") : null;
            if (!(id instanceof String || id instanceof ObjectId || id instanceof UUID)) {
                return super.handleQuery(parameters);
            }
            return matchDocumentsFromStream(Stream.ofNullable(data.get(id)), query, null,
                    parameters.getNumberToSkip(), parameters.getLimit(), parameters.getBatchSize(),
                    parameters.getProjection());
        }

        @Override
        public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                boolean multi, boolean upsert, Oplog oplog) {
            updating = true;
            try {
                return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
            } finally {
                updating = false;
            }
        }

        @Override
        public synchronized Document findAndModify(Document command) {
            updating = true;
            try {
                return super.findAndModify(command);
            } finally {
                updating = false;
            }
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fieldSelector) {
            QueryResult found = idFirst(query, orderBy, skip, limit, batchSize, fieldSelector);
            return updating ? new QueryResult(found.collectDocuments().stream().map(Document::cloneDeeply).toList())
                    : found;
        }

        private QueryResult idFirst(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fieldSelector) {
            Object id = query.size() > 1 ? query.get("_id") : null;
            if (id == null || id instanceof Document || id instanceof Map || id instanceof List) {
                return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            List<Document> byId = super.queryDocuments(new Document("_id", id), null, 0, 0, 0, null)
                    .collectDocuments();
            return matchDocumentsFromStream(byId.stream(), query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
