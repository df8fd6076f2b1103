package io.commentmod.comments.articles;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && scheme != null
                    && switch (scheme.toLowerCase(Locale.ROOT)) {
                        case "http", "https" -> true;
                        default -> false;
                    };
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
