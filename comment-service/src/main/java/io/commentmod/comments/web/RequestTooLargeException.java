package io.commentmod.comments.web;

import java.io.IOException;

/** Thrown while reading a body that turned out larger than allowed although it declared no length. */
class RequestTooLargeException extends IOException {

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
