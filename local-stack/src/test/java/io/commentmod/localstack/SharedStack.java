package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system, started once per test JVM and shared by every end-to-end class of this module (starting it takes
 * most of a minute on a 2-core machine): the launcher's infrastructure and the services and demo site from their
 * exec jars, with the demo article registered and the demo thread posted. It is stopped, and its data dir deleted,
 * when JUnit closes its root store after the last class.
 * <p>
 * Use it with {@code @ExtendWith(SharedStack.Resolver.class)} and a {@code SharedStack} parameter of a
 * {@code @BeforeAll} or {@code @BeforeEach} method. The classes sharing it add comments of their own, so none may assume it sees only the
 * demo thread, except on the demo article, where every comment added must be held (never published).
 */
final class SharedStack implements AutoCloseable {

    private final Path dataDir;
    private final LocalStack stack;
    private final DemoThread demo;
    private final CommentApiClient api;
    /** Comment ids by demo key, in posting order. */
    private final Map<String, String> ids;

    private SharedStack() {
        Path moduleDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        try {
            dataDir = Files.createTempDirectory("local-stack-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = LocalStack.start(LocalStackOptions.defaults()
                .withDataDir(dataDir)
                .withJarsDir(moduleDir.resolve(".."))
                .withFreePorts());
        try {
            demo = DemoThread.load();
            api = new CommentApiClient(stack.serviceUri(Service.COMMENT), LocalStack.SITE_API_KEY);
            // the demo site registers the same article as soon as comment-service is up, so this may be the second PUT
            assertThat(api.registerArticle(demo.article())).as("registering the article").isIn(200, 201);
            ids = Map.copyOf(api.postThread(demo));
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
    }

    DemoThread demo() {
        return demo;
    }

    CommentApiClient api() {
        return api;
    }

    Map<String, String> ids() {
        return ids;
    }

    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    /** Hands the one {@link SharedStack} to a lifecycle method's parameter, starting it the first time. */
    static final class Resolver implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // the root store lives until the whole run ends and closes (AutoCloseable) values then
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(SharedStack.class, key -> new SharedStack(), SharedStack.class);
        }
    }
}
