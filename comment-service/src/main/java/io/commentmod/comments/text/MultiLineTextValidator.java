package io.commentmod.comments.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class MultiLineTextValidator implements ConstraintValidator<MultiLineText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String problem = TextCharacters.problemOf(value,
                codePoint -> TextCharacters.isControl(codePoint) && !TextCharacters.isLayoutControl(codePoint)
                        ? ProblemMessages.CONTROL_IN_TEXT : null);
        return problem == null || ProblemMessages.refuse(context, problem);
    }
}
