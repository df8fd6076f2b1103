package io.commentmod.localstack;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;

/**
 * A unique index (every collection's {@code _id}, and the services' unique keys) kept in an H2 map whose keys are
 * compared as MongoDB values. mongo-java-server's own H2 index leaves its keys to H2's generic object type, which
 * orders objects it does not know by their Java-serialized bytes: every comparison of a binary search serialized
 * both keys, 12% of the launcher's CPU under load (docs/benchmarks.md). The order differs from the library's map, so
 * this map has its own name, and a data directory written before is re-indexed from its documents on the first start
 * (mongo-java-server fills an empty index from the collection). Keys are stored as BSON ({@link BsonPages}); keys this
 * map stored Java-serialized in earlier versions are still read.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    private OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /**
     * @param namespace {@code <database>.<collection>}, as mongo-java-server names the collection's maps, so that
     *                  dropping the database drops this map too
     */
    static OrderedUniqueIndex open(MVStore store, String namespace, String indexName, List<IndexKey> keys,
            boolean sparse) {
        String unordered = namespace + "._index_" + indexName;
        if (store.hasMap(unordered)) {
            // written by the library's own index before this one existed; superseded by the map opened below
            store.removeMap(unordered);
        }
        MVMap<KeyValue, Object> map = store.openMap(mapName(namespace, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        return new OrderedUniqueIndex(map, indexName, keys, sparse);
    }

    static String mapName(String namespace, String indexName) {
        return namespace + "._ordered_index_" + indexName;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /**
     * H2's object type, comparing index keys value by value in MongoDB's order instead of by serialized bytes, and
     * storing them as BSON values ({@link BsonPages}) instead of Java-serialized.
     */
    static final class KeyValueType extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
        /** Where a key has no value for a field; never a BSON type (it ends a BSON document). */
        private static final byte MISSING = 0;

        @Override
        public void write(WriteBuffer page, Object key) {
            if (!(key instanceof KeyValue values) || !BsonPages.write(page, bson -> encode(values, bson))) {
                super.write(page, key);
            }
        }

        /** A count, then each value with its BSON type; a compound index has at most 32 fields in MongoDB. */
        private static void encode(KeyValue values, ByteBuf bson) {
            if (values.size() > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("a key of " + values.size() + " values");
            }
            bson.writeByte(values.size());
            for (Object value : values) {
                if (value instanceof Missing) {
                    bson.writeByte(MISSING);
                } else {
                    byte type = BsonEncoder.determineType(value);
                    bson.writeByte(type);
                    BsonEncoder.encodeValue(type, value, bson);
                }
            }
        }

        @Override
        public Object read(ByteBuffer page) {
            if (!BsonPages.isBson(page)) {
                return super.read(page);
            }
            ByteBuf bson = BsonPages.read(page);
            Object[] values = new Object[bson.readByte()];
            for (int i = 0; i < values.length; i++) {
                byte type = bson.readByte();
                values[i] = type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, bson);
            }
            return new KeyValue(values);
        }

        @Override
        public int getMemory(Object key) {
            return key instanceof KeyValue values ? BsonPages.memory(values) : super.getMemory(key);
        }

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                int common = Math.min(left.size(), right.size());
                for (int i = 0; i < common; i++) {
                    int byValue = VALUES.compare(left.get(i), right.get(i));
                    if (byValue != 0) {
                        return byValue;
                    }
                }
                return Integer.compare(left.size(), right.size());
            }
            return super.compare(a, b);
        }
    }
}
