package io.commentmod.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the local MongoDB, held in memory and filled from the documents when the collection opens.
 * mongo-java-server accepts such indexes but never uses them, so a query on a non-unique field read and decoded the
 * whole collection: the outbox sweeps ({@code {"outbox.createdAt": {$lt: t}}}, every 10 s per service) cost more with
 * every comment stored, 0.3 of a core of the launcher at 45,000 comments (docs/benchmarks.md).
 * <p>
 * It serves queries on exactly its fields, equal to a value on all but the last, equal to or in a range
 * ({@code $lt $lte $gt $gte}) on the last; an array field indexes each element (a multikey index). It returns
 * candidates: the collection still matches each document against the whole query, as for its own indexes.
 */
final class SecondaryIndex extends Index<Object> {

    private static final Set<String> RANGE_OPERATORS = Set.of("$lt", "$lte", "$gt", "$gte");

    /** Values of all keys but the last -> value of the last -> positions of the documents having them. */
    private final Map<List<Object>, NavigableMap<Object, Set<Object>>> entries = new HashMap<>();
    /** Each indexed document's id -> its position and the index keys it is filed under, for removal and updates. */
    private final Map<Object, Filed> byId = new HashMap<>();

    private record Filed(Object position, Set<KeyValue> keys) {
    }

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        List<String> keys = keys();
        if (!query.keySet().equals(keySet())) {
            return false;
        }
        for (int i = 0; i < keys.size() - 1; i++) {
            if (!isPlainValue(query.get(keys.get(i)))) {
                return false;
            }
        }
        Object last = query.get(keys.get(keys.size() - 1));
        if (last instanceof Document range) {
            return !range.isEmpty() && RANGE_OPERATORS.containsAll(range.keySet())
                    && range.values().stream().allMatch(SecondaryIndex::isPlainValue);
        }
        return isPlainValue(last);
    }

    /** Equality with null, an array, a document or a pattern has MongoDB semantics this index does not model. */
    private static boolean isPlainValue(Object value) {
        return !Missing.isNullOrMissing(value) && !(value instanceof Document) && !(value instanceof Collection)
                && !(value instanceof Map) && !(value instanceof Pattern);
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        List<String> keys = keys();
        List<Object> prefix = new ArrayList<>(keys.size() - 1);
        for (int i = 0; i < keys.size() - 1; i++) {
            prefix.add(normalized(query.get(keys.get(i))));
        }
        NavigableMap<Object, Set<Object>> byLast = entries.get(prefix);
        Set<Object> positions = new LinkedHashSet<>();
        if (byLast == null) {
            return positions;
        }
        Object last = query.get(keys.get(keys.size() - 1));
        NavigableMap<Object, Set<Object>> range = byLast;
        if (last instanceof Document bounds) {
            for (Map.Entry<String, Object> bound : bounds.entrySet()) {
                Object value = bound.getValue();
                range = switch (bound.getKey()) {
                    case "$lt" -> range.headMap(value, false);
                    case "$lte" -> range.headMap(value, true);
                    case "$gt" -> range.tailMap(value, false);
                    default -> range.tailMap(value, true);
                };
            }
        } else {
            range = range.subMap(last, true, last, true);
        }
        range.values().forEach(positions::addAll);
        return positions;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keys = new LinkedHashSet<>();
        for (KeyValue key : getKeyValues(document)) {
            Object last = key.get(key.size() - 1);
            if (Missing.isNullOrMissing(last)) {
                continue;
            }
            keys.add(key);
            entries.computeIfAbsent(prefixOf(key), prefix -> new TreeMap<>(ValueComparator.asc()))
                    .computeIfAbsent(last, value -> new LinkedHashSet<>()).add(position);
        }
        byId.put(idOf(document), new Filed(position, keys));
    }

    @Override
    public synchronized Object remove(Document document) {
        Filed filed = byId.remove(idOf(document));
        if (filed == null) {
            return null;
        }
        for (KeyValue key : filed.keys()) {
            List<Object> prefix = prefixOf(key);
            NavigableMap<Object, Set<Object>> byLast = entries.get(prefix);
            Object last = key.get(key.size() - 1);
            Set<Object> positions = byLast.get(last);
            positions.remove(filed.position());
            if (positions.isEmpty()) {
                byLast.remove(last);
                if (byLast.isEmpty()) {
                    entries.remove(prefix);
                }
            }
        }
        return filed.position();
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    private static List<Object> prefixOf(KeyValue key) {
        List<Object> values = new ArrayList<>(key.size() - 1);
        for (int i = 0; i < key.size() - 1; i++) {
            values.add(normalized(key.get(i)));
        }
        return values;
    }

    /** As the library's unique indexes compare equal keys: 1, 1L and 1.0 are one value. */
    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    private static Object idOf(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }

    /** Not unique: no single document belongs to a key. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // nothing to enforce
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // nothing to enforce
    }

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        byId.clear();
    }
}
