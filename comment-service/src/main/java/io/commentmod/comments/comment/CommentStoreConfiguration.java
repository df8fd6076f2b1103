package io.commentmod.comments.comment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

import io.commentmod.comments.comment.CommentDocument.Fields;
import io.commentmod.kit.outbox.OutboxCollection;

/**
 * The comments collection: declared to the kit's outbox relay, and its indexes created explicitly at startup
 * (rather than by annotation scanning) so what exists in production is visible here.
 */
@Configuration(proxyBeanMethods = false)
class CommentStoreConfiguration {

    @Bean
    OutboxCollection commentsOutbox() {
        return new OutboxCollection(CommentDocument.COLLECTION);
    }

    @Bean
    CommentIndexes commentIndexes(MongoTemplate mongo) {
        return new CommentIndexes(mongo);
    }

    static final class CommentIndexes implements InitializingBean {

        private static final Logger log = LoggerFactory.getLogger(CommentIndexes.class);

        private final MongoTemplate mongo;

        CommentIndexes(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public void afterPropertiesSet() {
            IndexOperations comments = mongo.indexOps(CommentDocument.COLLECTION);
            // The public thread: one article's published comments in submission order.
            comments.createIndex(new Index().on(Fields.ARTICLE_ID, Direction.ASC).on(Fields.STATUS, Direction.ASC)
                    .on(Fields.SUBMITTED_AT, Direction.ASC).named("article_status_submitted"));
            // The outbox sweep looks for entries older than a cutoff; almost every document has none.
            comments.createIndex(new Index().on(Fields.OUTBOX + ".createdAt", Direction.ASC).named("outbox_created")
                    .sparse());
            log.debug("Indexes of {} are in place", CommentDocument.COLLECTION);
        }
    }
}
