package io.commentmod.localstack;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Consumer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * MongoDB values kept in H2 pages as BSON, the encoding MongoDB itself stores and sends, instead of Java-serialized by
 * H2's {@link ObjectDataType}, which mongo-java-server leaves its documents and index keys to. H2 rewrites every value
 * of a page whenever one of them changes, and decodes them again when the page is read back; with Java serialization
 * that was a third of the launcher's CPU in a flat-out ingest run (docs/benchmarks.md).
 * <p>
 * A value written this way starts with {@link #MARKER}; a value written before starts with one of
 * {@link ObjectDataType}'s tags (0–119), so data folders from earlier versions are read as they were written and their
 * pages become BSON when they next change.
 */
final class BsonPages {

    private static final byte MARKER = (byte) 0xBD;

    private BsonPages() {
    }

    /**
     * Writes the marker, the length and the bytes {@code encoder} puts in a fresh buffer. Writes nothing and returns
     * {@code false} if the encoder meets a value BSON cannot carry (none the services store), for the caller to keep it
     * as H2 would.
     */
    static boolean write(WriteBuffer page, Consumer<ByteBuf> encoder) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            encoder.accept(bson);
            int length = bson.readableBytes();
            page.put(MARKER).putVarInt(length).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } finally {
            bson.release();
        }
    }

    static boolean isBson(ByteBuffer page) {
        return page.get(page.position()) == MARKER;
    }

    /** The bytes of a value {@link #write} wrote, the page's position moved past them. */
    static ByteBuf read(ByteBuffer page) {
        page.get();
        byte[] bytes = new byte[DataUtils.readVarInt(page)];
        page.get(bytes);
        return Unpooled.wrappedBuffer(bytes);
    }

    /** Roughly what a decoded value takes on the heap, for H2's page cache, which samples a few values per page. */
    static int memory(Object value) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + memory(entry.getKey()) + memory(entry.getValue());
            }
            return size;
        }
        if (value instanceof Iterable<?> values) {
            int size = 24;
            for (Object element : values) {
                size += 8 + memory(element);
            }
            return size;
        }
        return 24;
    }
}
