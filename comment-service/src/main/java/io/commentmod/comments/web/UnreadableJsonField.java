package io.commentmod.comments.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.commentmod.kit.web.ProblemDetailsAdvice.FieldMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * Names the field behind the two parser-level refusals that the kit can only call "not valid JSON": a key sent
 * twice, and a value beyond Jackson's limits (nested too deeply, a number too long). The parser raises them, not
 * data binding, so they may carry no path; the parser's context at the point of failure still says where it was.
 */
final class UnreadableJsonField {

    private UnreadableJsonField() {
    }

    static Optional<FieldMessage> of(Throwable cause) {
        if (!(cause instanceof JacksonException problem) || cause instanceof DatabindException) {
            return Optional.empty();
        }
        String message;
        if (problem instanceof StreamConstraintsException) {
            message = "is nested too deeply or too long";
        } else if (String.valueOf(problem.getOriginalMessage()).startsWith("Duplicate")) {
            message = "is given more than once";
        } else {
            return Optional.empty();
        }
        Optional<String> field = problem.getPath().isEmpty() ? contextPathOf(problem) : pathOf(problem.getPath());
        return field.map(name -> new FieldMessage(name, message));
    }

    private static Optional<String> pathOf(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
    }

    private static Optional<String> contextPathOf(JacksonException problem) {
        if (!(problem.processor() instanceof JsonParser parser)) {
            return Optional.empty();
        }
        Deque<TokenStreamContext> fromRoot = new ArrayDeque<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null;
                context = context.getParent()) {
            fromRoot.push(context);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext context : fromRoot) {
            if (context.inObject() && context.currentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.currentName());
            } else if (context.inArray()) {
                // Past the first array the rest of a deeply nested path says nothing more; stop there.
                break;
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
    }
}
