package io.commentmod.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.commentmod.load.CommentMix.Category;
import io.commentmod.load.CommentMix.CommentSpec;

/**
 * The comments of a run as HTTP requests: draws each from the {@link CommentMix}, picks the parent of a reply among
 * the earlier accepted, not rejected, legitimate comments of the same article, and remembers every accepted comment's
 * id and send time for matching verdicts and emails later.
 */
final class CommentTraffic implements HttpLoad.Shots {

    /** An accepted comment: when its POST left (nanoTime), its category, whether it falls in the measured window. */
    record Posted(long sentNanos, Category category, boolean measured, int article, boolean reply) {
    }

    private static final int THREAD_MEMORY = 256;

    private final CommentMix mix;
    private final List<String> articleIds;
    private final URI uri;
    private final String apiKey;
    private final Set<String> rejected;
    private final String[][] recent;
    private final int[] recentCount;
    private final Map<String, Posted> posted = new ConcurrentHashMap<>();
    final AtomicLong repliesSent = new AtomicLong();
    final AtomicLong repliesWithoutParent = new AtomicLong();
    final Map<Category, AtomicLong> sentByCategory = new ConcurrentHashMap<>();

    CommentTraffic(CommentMix mix, List<String> articleIds, String commentUrl, String apiKey, Set<String> rejected) {
        this.mix = mix;
        this.articleIds = articleIds;
        this.uri = URI.create(commentUrl + "/api/v1/comments");
        this.apiKey = apiKey;
        this.rejected = rejected;
        this.recent = new String[articleIds.size()][THREAD_MEMORY];
        this.recentCount = new int[articleIds.size()];
        for (Category c : Category.values()) {
            sentByCategory.put(c, new AtomicLong());
        }
    }

    Map<String, Posted> posted() {
        return posted;
    }

    @Override
    public HttpLoad.Shot prepare(long index) {
        CommentSpec spec = mix.next();
        String parentId = spec.isReply() ? parentFor(spec) : null;
        if (spec.isReply()) {
            if (parentId == null) {
                repliesWithoutParent.incrementAndGet();
            } else {
                repliesSent.incrementAndGet();
            }
        }
        sentByCategory.get(spec.category()).incrementAndGet();
        String json = body(articleIds.get(spec.article()), parentId, spec);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return new HttpLoad.Shot(request, new Sent(spec.category(), spec.article(), parentId != null));
    }

    private record Sent(Category category, int article, boolean reply) {
    }

    @Override
    public void onResponse(HttpLoad.Shot shot, HttpResponse<String> response, long sentNanos, boolean measured) {
        if (response.statusCode() != 202) {
            return;
        }
        String id = idOf(response.body());
        if (id == null) {
            return;
        }
        Sent sent = (Sent) shot.context();
        posted.put(id, new Posted(sentNanos, sent.category(), measured, sent.article(), sent.reply()));
        if (sent.category() == Category.LEGITIMATE) {
            remember(sent.article(), id);
        }
    }

    private void remember(int article, String id) {
        synchronized (recent[article]) {
            recent[article][recentCount[article] % THREAD_MEMORY] = id;
            recentCount[article]++;
        }
    }

    private String parentFor(CommentSpec spec) {
        int article = spec.article();
        synchronized (recent[article]) {
            int known = Math.min(recentCount[article], THREAD_MEMORY);
            for (int attempt = 0; attempt < Math.min(known, 4); attempt++) {
                int back = (spec.replyPick() + attempt) % known;
                String id = recent[article][(recentCount[article] - 1 - back) % THREAD_MEMORY];
                if (!rejected.contains(id)) {
                    return id;
                }
            }
        }
        return null;
    }

    static String body(String articleId, String parentId, CommentSpec spec) {
        StringBuilder out = new StringBuilder(spec.body().length() + 200);
        out.append("{\"articleId\":");
        Json.quote(articleId, out);
        if (parentId != null) {
            out.append(",\"parentId\":");
            Json.quote(parentId, out);
        }
        out.append(",\"author\":{\"name\":");
        Json.quote(spec.authorName(), out);
        out.append(",\"email\":");
        Json.quote(spec.authorEmail(), out);
        out.append("},\"body\":");
        Json.quote(spec.body(), out);
        out.append(",\"notifyOnReply\":").append(spec.notifyOnReply()).append('}');
        return out.toString();
    }

    /** The "id" of a {@code {"id":"...","status":"PENDING"}} answer, without a JSON parser on the hot path. */
    static String idOf(String body) {
        if (body == null) {
            return null;
        }
        int key = body.indexOf("\"id\"");
        if (key < 0) {
            return null;
        }
        int open = body.indexOf('"', body.indexOf(':', key) + 1);
        int close = open < 0 ? -1 : body.indexOf('"', open + 1);
        return close < 0 ? null : body.substring(open + 1, close);
    }
}
