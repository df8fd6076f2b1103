package io.commentmod.comments.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arranges published comments into a thread by {@code parentId}, oldest first at every level.
 * <p>
 * A published reply whose parent is not published (held, pending, rejected) is shown under a {@link ThreadNode.Hidden}
 * placeholder carrying only the parent's id: the reply is still visibly a reply, in its place in the conversation,
 * while nothing of the held comment (author, text, date) appears. The alternatives were worse: dropping such replies
 * hides legitimate published text, and lifting them to the top level makes "I disagree with you" read as if it
 * answered the article. Placeholders appear only where a published comment needs them, so a held comment without
 * published replies leaves no trace at all.
 */
final class ThreadBuilder {

    /** A published comment and where it sits. {@code submittedAt} orders siblings; {@code date} is shown. */
    record Visible(String id, String parentId, String authorName, String body, Instant date, Instant submittedAt,
            boolean byArticleTherapist) {
    }

    /** An unpublished comment's position only: enough to place a placeholder, nothing of its content. */
    record Position(String id, String parentId, Instant submittedAt) {
    }

    private ThreadBuilder() {
    }

    /**
     * @param published the article's published comments
     * @param positions positions of unpublished ancestors of published comments; others are ignored, and an
     *                  ancestor missing from both lists becomes a top-level placeholder
     */
    static List<ThreadNode> build(List<Visible> published, List<Position> positions) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Visible comment : published) {
            nodes.put(comment.id(), new Node(comment.id(), comment.parentId(), comment.submittedAt(), comment));
        }
        Map<String, Position> hidden = new LinkedHashMap<>();
        positions.forEach(position -> hidden.putIfAbsent(position.id(), position));

        // Walk up from each published comment, creating placeholders for the unpublished ancestors it passes.
        for (Visible comment : published) {
            Set<String> seen = new HashSet<>();
            Node child = nodes.get(comment.id());
            while (child.parentId != null && seen.add(child.id)) {
                Node parent = nodes.get(child.parentId);
                if (parent == null) {
                    Position position = hidden.get(child.parentId);
                    parent = position != null
                            ? new Node(position.id(), position.parentId(), position.submittedAt(), null)
                            // Unknown parent: a placeholder at the top, ordered by its first reply.
                            : new Node(child.parentId, null, child.sortTime, null);
                    nodes.put(parent.id, parent);
                }
                child = parent;
            }
        }

        List<Node> roots = new ArrayList<>();
        for (Node node : nodes.values()) {
            Node parent = node.parentId == null ? null : nodes.get(node.parentId);
            if (parent == null || parent == node) {
                roots.add(node);
            } else {
                parent.children.add(node);
            }
        }
        return toThread(roots);
    }

    private static List<ThreadNode> toThread(List<Node> nodes) {
        return nodes.stream().sorted(Node.ORDER).map(node -> {
            List<ThreadNode> replies = toThread(node.children);
            Visible comment = node.comment;
            if (comment == null) {
                return (ThreadNode) new ThreadNode.Hidden(node.id, replies);
            }
            return new ThreadNode.Published(comment.id(), new ThreadNode.Author(comment.authorName()),
                    comment.body(), comment.date(), comment.byArticleTherapist(), replies);
        }).toList();
    }

    private static final class Node {

        static final Comparator<Node> ORDER = Comparator.comparing((Node node) -> node.sortTime,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(node -> node.id);

        final String id;
        final String parentId;
        final Instant sortTime;
        final Visible comment;
        final List<Node> children = new ArrayList<>();

        Node(String id, String parentId, Instant sortTime, Visible comment) {
            this.id = id;
            this.parentId = parentId;
            this.sortTime = sortTime;
            this.comment = comment;
        }
    }
}
