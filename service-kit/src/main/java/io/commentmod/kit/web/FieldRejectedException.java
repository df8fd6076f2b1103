package io.commentmod.kit.web;

/**
 * A request field that passed Bean Validation but is still wrong (an unknown article, a parent on another
 * article); rendered as the same 400 problem with the field named.
 */
public class FieldRejectedException extends RuntimeException {

    private final String field;

    public FieldRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
