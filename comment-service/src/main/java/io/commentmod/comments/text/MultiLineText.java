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
 * Free text that may span lines: tabs and line breaks are allowed, other control characters and unpaired surrogates
 * are not, and at least one character must be visible. For comment bodies. Null and blank are valid (combine with
 * {@code @NotBlank}, which reports those).
 */
@Documented
@Constraint(validatedBy = MultiLineTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MultiLineText {

    String message() default "must be text without control characters other than line breaks and tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
