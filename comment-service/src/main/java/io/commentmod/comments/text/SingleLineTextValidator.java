package io.commentmod.comments.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class SingleLineTextValidator implements ConstraintValidator<SingleLineText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (TextCharacters.hasUnpairedSurrogate(value)) {
            return ProblemMessages.refuse(context, ProblemMessages.UNPAIRED_SURROGATE);
        }
        boolean visible = false;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (TextCharacters.isControl(codePoint)) {
                return ProblemMessages.refuse(context, ProblemMessages.CONTROL_IN_LINE);
            }
            if (TextCharacters.isInvisibleFormatting(codePoint)) {
                return ProblemMessages.refuse(context, ProblemMessages.INVISIBLE_IN_LINE);
            }
            visible |= TextCharacters.isVisible(codePoint);
            i += Character.charCount(codePoint);
        }
        return visible || ProblemMessages.refuse(context, ProblemMessages.NOTHING_VISIBLE);
    }
}
