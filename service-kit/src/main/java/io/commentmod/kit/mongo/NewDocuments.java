package io.commentmod.kit.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

/**
 * Inserts documents whose id may already be taken (a record delivered again, another instance first), in one
 * unordered bulk insert: every document whose id is free is stored, one that is taken is left as it is (it may have
 * moved on since) and reported by its index in the server's write errors.
 */
public final class NewDocuments {

    private NewDocuments() {
    }

    /**
     * @return the documents this call stored, in the given order
     * @throws BulkOperationException for any write error other than a taken key
     */
    public static <T> List<T> insertAbsent(MongoTemplate mongo, Class<T> type, String collection, List<T> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection).insert(documents).execute();
            return documents;
        } catch (BulkOperationException e) {
            Set<Integer> taken = new HashSet<>();
            for (BulkWriteError error : e.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(error.getIndex());
            }
            List<T> stored = new ArrayList<>(documents.size() - taken.size());
            for (int i = 0; i < documents.size(); i++) {
                if (!taken.contains(i)) {
                    stored.add(documents.get(i));
                }
            }
            return stored;
        }
    }
}
