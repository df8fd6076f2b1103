package io.commentmod.moderation.cases;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import io.commentmod.kit.outbox.OutboxCollection;
import io.commentmod.moderation.cases.ModerationCase.Fields;

@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

    /** Case documents carry an outbox; the kit's relay sweeps this collection for entries a crash left behind. */
    @Bean
    OutboxCollection casesOutbox() {
        return new OutboxCollection(ModerationCase.COLLECTION);
    }

    /**
     * Creates the indexes before the listeners start. The queue filters on the queue name and sorts by priority,
     * then age, so one compound index answers it in order without an in-memory sort. (The comment id is the
     * document id, which is unique already: that is what makes the automatic verdict happen once.) The history
     * rules count, on every intake, an author's cases by status and within the flood window, and the cases with the
     * same text within the duplicate window: each count is answered from one of the three indexes below.
     */
    @Bean
    SmartInitializingSingleton caseIndexes(MongoTemplate mongo) {
        return () -> {
            IndexOperations indexes = mongo.indexOps(ModerationCase.class);
            indexes.createIndex(new Index()
                    .on(Fields.QUEUE, Sort.Direction.ASC)
                    .on(Fields.PRIORITY_RANK, Sort.Direction.ASC)
                    .on(Fields.SINCE, Sort.Direction.ASC)
                    .named("queue_order"));
            indexes.createIndex(new Index()
                    .on(Fields.AUTHOR_KEY, Sort.Direction.ASC)
                    .on(Fields.STATUS, Sort.Direction.ASC)
                    .named("author_status"));
            indexes.createIndex(new Index()
                    .on(Fields.AUTHOR_KEY, Sort.Direction.ASC)
                    .on(Fields.POSTED_AT, Sort.Direction.ASC)
                    .named("author_posted"));
            indexes.createIndex(new Index()
                    .on(Fields.TEXT_KEY, Sort.Direction.ASC)
                    .on(Fields.POSTED_AT, Sort.Direction.ASC)
                    .named("text_posted"));
        };
    }
}
