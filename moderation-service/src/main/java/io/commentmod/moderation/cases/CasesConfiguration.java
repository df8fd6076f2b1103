package io.commentmod.moderation.cases;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import io.commentmod.kit.outbox.OutboxCollection;

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
     * document id, which is unique already: that is what makes the automatic verdict happen once.)
     */
    @Bean
    SmartInitializingSingleton caseIndexes(MongoTemplate mongo) {
        return () -> mongo.indexOps(ModerationCase.class).createIndex(new Index()
                .on(ModerationCase.Fields.QUEUE, Sort.Direction.ASC)
                .on(ModerationCase.Fields.PRIORITY_RANK, Sort.Direction.ASC)
                .on(ModerationCase.Fields.SINCE, Sort.Direction.ASC)
                .named("queue_order"));
    }
}
