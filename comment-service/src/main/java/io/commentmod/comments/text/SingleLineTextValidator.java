package io.commentmod.comments.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class SingleLineTextValidator implements ConstraintValidator<SingleLineText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String problem = TextCharacters.problemOf(value, codePoint -> {
            if (TextCharacters.isControl(codePoint)) {
                return ProblemMessages.CONTROL_IN_LINE;
            }
            return TextCharacters.isInvisibleFormatting(codePoint) ? ProblemMessages.INVISIBLE_IN_LINE : null;
        });
        return problem == null || ProblemMessages.refuse(context, problem);
    }
}
