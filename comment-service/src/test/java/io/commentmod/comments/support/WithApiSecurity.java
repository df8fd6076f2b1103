package io.commentmod.comments.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

import io.commentmod.comments.security.SecurityConfiguration;
import io.commentmod.kit.web.WebAutoConfiguration;

/**
 * What a {@code @WebMvcTest} slice of this service needs besides its controllers: the real security chain and the
 * kit's problem+json advice, so slice tests see the same status codes and bodies as clients do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(SecurityConfiguration.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
public @interface WithApiSecurity {

    /** The key configured by default (application.yml), which slice tests send. */
    String SITE_KEY = "local-site-key";
}
