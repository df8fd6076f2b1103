package io.commentmod.comments.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as typed: a JSON number or boolean is not a string, and a string is not a boolean.
 * Jackson would quietly coerce {@code "body": 42} into "42" and {@code "notifyOnReply": "true"} into true; a client
 * that sends those has a bug, and telling it which field is wrong helps more than guessing.
 * <p>
 * A key sent twice ({@code {"body":"a","body":"b"}}) is refused rather than "last one wins", so nothing in front of
 * the service (a filter, a log) can read a different value than the one stored.
 * <p>
 * Nesting needs no setting of its own: Jackson 3 stops at 500 levels ({@code StreamReadConstraints}), and the request
 * types are flat records, so a value nested where text or an object of known fields belongs is refused at its first
 * token, long before that.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestTypes() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, bool -> bool
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
