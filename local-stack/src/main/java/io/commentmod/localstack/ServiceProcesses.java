package io.commentmod.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three services as child JVMs started from their executable jars, each logging to its own file. They start
 * together and are polled until their actuator health says UP; a service that exits or stays down is reported with
 * the end of its log.
 * <p>
 * Each process is an <em>instance</em> with a name: the first instance of a service is named after its module, further
 * ones (tests that run N instances) get names of their own. An instance can be killed hard and started again with the
 * same launch.
 */
final class ServiceProcesses implements AutoCloseable {

    /**
     * Small heaps, the serial collector and the quick JIT only: three Spring Boot JVMs and a broker share two cores on
     * a developer machine, where C2 compiling in every JVM at once delays READY by half a minute or more.
     * {@code COMMENTMOD_SERVICE_JVM_OPTIONS} replaces them (space-separated) for every service, and
     * {@code COMMENTMOD_<MODULE>_JVM_OPTIONS} (e.g. {@code COMMENTMOD_COMMENT_SERVICE_JVM_OPTIONS}) for one, e.g. the
     * full JIT for the ingest path in a long benchmark.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** By instance name, in start order. */
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private boolean closed;

    /**
     * What to run for one instance of a service: its jar, port and the arguments that point it at the local
     * infrastructure.
     *
     * @param name the instance's name, unique among the instances started: the module's name for the first one
     */
    record Launch(String name, Service service, Path jar, int port, List<String> arguments,
                  Map<String, String> environment, Path log) {
    }

    /** @param startedAt {@link System#nanoTime()} when the process was started */
    private record Running(Launch launch, Process process, long startedAt) {
    }

    /**
     * Finds {@code <root>/<module>/target/<module>-*-exec.jar} for every service (the newest if several match).
     * Reports all missing jars at once, with the command that builds them.
     */
    static Map<Service, Path> locateJars(Path root) {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path target = root.resolve(service.module()).resolve("target");
            Path jar = newestMatch(target, service.module() + "-*-exec.jar");
            if (jar == null) {
                missing.add(target.resolve(service.module() + "-<version>-exec.jar").toString());
            } else {
                jars.put(service, jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new LocalStackException("Missing service jar" + (missing.size() > 1 ? "s" : "") + ":\n  "
                    + String.join("\n  ", missing)
                    + "\nBuild them from the project root (" + root + ") with:\n"
                    + "  ./mvnw -q -Dmaven.test.skip=true package\n"
                    + "or start only the infrastructure with --services=false (use --jars-dir if the project is elsewhere).");
        }
        return jars;
    }

    private static Path newestMatch(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path match : matches) {
                FileTime time = Files.getLastModifiedTime(match);
                if (newest == null || time.compareTo(newestTime) > 0) {
                    newest = match;
                    newestTime = time;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return newest;
    }

    static List<String> jvmOptions(Service service, Map<String, String> environment) {
        String own = environment.get("COMMENTMOD_" + service.module().toUpperCase(Locale.ROOT).replace('-', '_')
                + "_JVM_OPTIONS");
        return jvmOptions(own != null && !own.isBlank() ? own : environment.get("COMMENTMOD_SERVICE_JVM_OPTIONS"));
    }

    static List<String> jvmOptions(String override) {
        if (override == null || override.isBlank()) {
            return DEFAULT_JVM_OPTIONS;
        }
        return List.of(override.trim().split("\\s+"));
    }

    /** Starts the instance's process (and returns without waiting for it); its name must not be running already. */
    synchronized void start(Launch launch) {
        if (closed) {
            throw new LocalStackException("stopping: not starting " + launch.name());
        }
        Running previous = running.get(launch.name());
        if (previous != null && previous.process().isAlive()) {
            throw new LocalStackException(launch.name() + " is already running (pid " + previous.process().pid() + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions(launch.service(), System.getenv()));
        command.add("-jar");
        command.add(launch.jar().toString());
        command.addAll(launch.arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(launch.log().getParent().toFile())
                .redirectErrorStream(true)
                // a restart of an instance adds to its log, so what it printed before it was killed stays readable
                .redirectOutput(previous == null ? ProcessBuilder.Redirect.to(launch.log().toFile())
                        : ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
        builder.environment().putAll(launch.environment());
        try {
            long startedAt = System.nanoTime();
            running.put(launch.name(), new Running(launch, builder.start(), startedAt));
        } catch (IOException e) {
            throw new LocalStackException("Could not start " + launch.name() + " (" + String.join(" ", command)
                    + "): " + e.getMessage(), e);
        }
    }

    /**
     * Polls every started instance until all report UP; fails on the first one that exits or is not UP within
     * {@code timeout} of being started.
     */
    void awaitHealthy(Duration timeout, Consumer<String> progress) {
        awaitHealthy(snapshot().keySet(), timeout, progress);
    }

    /**
     * Polls the named instances until all report UP; fails on the first one that exits or is not UP within
     * {@code timeout} of its (latest) start.
     */
    void awaitHealthy(Collection<String> names, Duration timeout, Consumer<String> progress) {
        Map<String, String> waiting = new LinkedHashMap<>();
        for (String name : names) {
            waiting.put(name, "not answering yet");
        }
        while (!waiting.isEmpty()) {
            for (String name : List.copyOf(waiting.keySet())) {
                Running current = snapshot().get(name);
                if (current == null) {
                    throw new LocalStackException("stopping: " + name + " is no longer running");
                }
                if (!current.process().isAlive()) {
                    throw new LocalStackException(name + " exited with code " + current.process().exitValue()
                            + " while starting." + tailOf(current.launch().log()));
                }
                String state = health(current.launch().port());
                if (state == null) {
                    waiting.remove(name);
                    progress.accept(String.format(Locale.ROOT, "  %s is UP (%.1f s)", name,
                            (System.nanoTime() - current.startedAt()) / 1e9));
                } else if (System.nanoTime() - current.startedAt() > timeout.toNanos()) {
                    throw new LocalStackException(name + " did not report UP within " + timeout.toSeconds()
                            + " s (last answer: " + state + ")." + tailOf(current.launch().log()));
                } else {
                    waiting.put(name, state);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            sleep(Duration.ofMillis(300));
        }
    }

    /** The launch an instance was (last) started with, or null if no instance of that name was started. */
    synchronized Launch launchOf(String name) {
        Running current = running.get(name);
        return current == null ? null : current.launch();
    }

    synchronized boolean isAlive(String name) {
        Running current = running.get(name);
        return current != null && current.process().isAlive();
    }

    /**
     * Kills the instance's process at once (SIGKILL: no shutdown hooks, no graceful shutdown, nothing flushed or
     * committed), as a crash or an OOM kill would, and waits until it is gone. Its launch is kept for a restart.
     */
    void kill(String name) {
        Running current = snapshot().get(name);
        if (current == null) {
            throw new LocalStackException("no instance named " + name + " was started");
        }
        try {
            if (!current.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
                throw new LocalStackException(name + " (pid " + current.process().pid() + ") did not die within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while killing " + name, e);
        }
    }

    /** {@code null} when UP, otherwise a short description of what the health endpoint said. */
    private String health(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + Ports.HOST + ":" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String status = statusOf(response.body());
            if (response.statusCode() == 200 && "UP".equals(status)) {
                return null;
            }
            return "HTTP " + response.statusCode() + (status == null ? "" : ", status " + status);
        } catch (IOException e) {
            return "not answering yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for the services", e);
        }
    }

    private static String statusOf(String body) {
        try {
            JsonNode status = JSON.readTree(body).get("status");
            return status == null ? null : status.asText();
        } catch (IOException e) {
            return null;
        }
    }

    static String tailOf(Path log) {
        if (!Files.exists(log)) {
            return "\n(no log at " + log + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "\nLast lines of " + log + ":\n    " + String.join("\n    ", tail);
        } catch (IOException e) {
            return "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private synchronized Map<String, Running> snapshot() {
        return new LinkedHashMap<>(running);
    }

    /** Asks every service to stop (SIGTERM: Spring's graceful shutdown), waits, then kills what is left. */
    @Override
    public void close() {
        List<Process> processes;
        synchronized (this) {
            closed = true;
            processes = running.values().stream().map(Running::process).toList();
        }
        processes.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process process : processes) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBinary() {
        Path fromJavaHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromJavaHome)) {
            return fromJavaHome.toString();
        }
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for the services", e);
        }
    }
}
