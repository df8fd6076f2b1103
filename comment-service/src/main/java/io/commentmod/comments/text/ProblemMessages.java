package io.commentmod.comments.text;

import jakarta.validation.ConstraintValidatorContext;

/** The messages the text validators report; each says what to fix, not which rule fired. */
final class ProblemMessages {

    static final String UNPAIRED_SURROGATE = "must be valid Unicode text (it contains an unpaired surrogate)";
    static final String CONTROL_IN_LINE = "must be a single line without control characters or line breaks";
    static final String INVISIBLE_IN_LINE =
            "must not contain invisible formatting characters such as bidi overrides or zero-width spaces";
    static final String CONTROL_IN_TEXT = "must not contain control characters other than line breaks and tabs";
    static final String NOTHING_VISIBLE = "must contain visible text, not only invisible or formatting characters";

    private ProblemMessages() {
    }

    static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
