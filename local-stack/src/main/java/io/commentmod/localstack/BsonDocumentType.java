package io.commentmod.localstack;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;

/** The launcher's MongoDB keeps a collection's documents in H2 as BSON ({@link BsonPages}). */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private final ObjectDataType earlierFormat = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer page, Document document) {
        if (!BsonPages.write(page, bson -> BsonEncoder.encodeDocument(document, bson))) {
            earlierFormat.write(page, document);
        }
    }

    @Override
    public Document read(ByteBuffer page) {
        return BsonPages.isBson(page) ? BsonDecoder.decodeBson(BsonPages.read(page))
                : (Document) earlierFormat.read(page);
    }

    @Override
    public int getMemory(Document document) {
        return BsonPages.memory(document);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
