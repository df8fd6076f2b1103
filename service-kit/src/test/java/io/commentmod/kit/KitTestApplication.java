package io.commentmod.kit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.outbox.OutboxCollection;

@SpringBootConfiguration
@EnableAutoConfiguration
class KitTestApplication {

    static final String POISON_REASON = "poison";

    @Bean
    OutboxCollection thingsOutbox() {
        return new OutboxCollection("things");
    }

    @Bean
    ReportListener reportListener() {
        return new ReportListener();
    }

    static class ReportListener {

        final List<CommentReported> received = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = Topics.COMMENT_REPORTED, groupId = "kit-test")
        void on(CommentReported event) {
            if (POISON_REASON.equals(event.reason())) {
                throw new IllegalStateException("cannot handle this report");
            }
            received.add(event);
        }
    }
}
