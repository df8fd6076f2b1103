package io.commentmod.comments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The comment store: ingest API, article registry, public read API. It is the only writer of a comment's status;
 * verdicts arrive from moderation-service as events and are applied here.
 */
@SpringBootApplication
@EnableConfigurationProperties(CommentServiceProperties.class)
public class CommentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommentServiceApplication.class, args);
    }
}
