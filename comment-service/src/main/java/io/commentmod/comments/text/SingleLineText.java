package io.commentmod.comments.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * One line of visible text: no control characters (CR/LF included), no line separators, no invisible format
 * characters (bidi overrides and isolates, zero-width characters), no unpaired surrogates, and at least one visible
 * character. For names and titles. Null and blank are valid (combine with {@code @NotBlank}, which reports those).
 */
@Documented
@Constraint(validatedBy = SingleLineTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SingleLineText {

    String message() default "must be a single line without control or invisible formatting characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
