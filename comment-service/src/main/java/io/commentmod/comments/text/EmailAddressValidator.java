package io.commentmod.comments.text;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;

    // RFC 5322 atext (letters of any script allowed), dot-separated; no quoted strings, spaces, <>, commas or CR/LF.
    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?";
    // A top-level domain is letters (or an xn-- IDN label): rules out "a@b", "a@1.2.3.4" and "a@example.c0m".
    private static final String TOP_LEVEL = "(?:\\p{L}[\\p{L}\\p{M}]{1,62}|[Xx][Nn]--[A-Za-z0-9-]{1,59})";
    private static final Pattern ADDRESS = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        // The length check first keeps the pattern off huge inputs.
        if (value.length() > MAX_LENGTH || TextCharacters.hasUnpairedSurrogate(value)) {
            return false;
        }
        var match = ADDRESS.matcher(value);
        return match.matches() && match.group(1).length() <= MAX_LOCAL_PART;
    }
}
