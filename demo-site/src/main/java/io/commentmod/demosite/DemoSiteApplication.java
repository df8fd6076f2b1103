package io.commentmod.demosite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The therapy Q&A website's article page, as a client of comment-service: it owns the article's content, and
 * everything about comments goes through comment-service's site API, called from this server only.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoSiteApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoSiteApplication.class, args);
    }
}
