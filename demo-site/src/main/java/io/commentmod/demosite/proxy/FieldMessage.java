package io.commentmod.demosite.proxy;

/** One entry of a problem's {@code errors}: the API's field path and its message. */
public record FieldMessage(String field, String message) {
}
