package io.commentmod.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.icegreen.greenmail.util.GreenMail;
import org.slf4j.LoggerFactory;

/**
 * The project's one run command: a Kafka broker, MongoDB and an SMTP server with a mail viewer in this JVM, then
 * the three services as child processes pointed at them, and the demo website pointed at comment-service. Plain Java on purpose: the launcher must not share a
 * classpath (Scala, Jackson 2) or a startup cost with the services it runs.
 *
 * <p>{@link #start(LocalStackOptions)} is the same thing for tests: it returns once everything is up, and
 * {@link #close()} stops it all again.
 *
 * <p>Fault injection, for tests that check what survives a failure: the broker, MongoDB and the SMTP server can be
 * stopped and started again on the same ports with the same data ({@link #stopKafka()}/{@link #startKafka()},
 * {@link #stopMongo()}/{@link #startMongo()}, {@link #stopSmtp()}/{@link #startSmtp()}); a service instance can be
 * killed hard and started again ({@link #kill}, {@link #startAgain}); and more instances of a service can be started on
 * other HTTP ports in the same consumer groups ({@link #addInstance}).
 */
public final class LocalStack implements AutoCloseable {

    public static final String SITE_API_KEY = "local-site-key";
    public static final String MODERATOR_USER = "moderator";
    public static final String MODERATOR_PASSWORD = "moderator-pass";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-pass";
    /** Receives the immediate alert for every URGENT safety hold; shown in the local mail viewer. */
    public static final String ON_CALL_EMAIL = "oncall@commentmod.local";

    private final LocalStackOptions options;
    private final Consumer<String> progress;
    private final ServiceProcesses services = new ServiceProcesses();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    private volatile KafkaBroker kafka;
    private volatile PersistentMongo mongo;
    private volatile MailCatcher mail;
    private volatile MailViewer mailViewer;
    private volatile Map<Service, Path> jars = Map.of();

    private LocalStack(LocalStackOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
        // registered before anything starts, so Ctrl+C during startup, or a test JVM that is killed, still stops
        // the child processes (they would outlive this JVM otherwise)
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts everything the options ask for and returns when it is ready; on failure stops what it started. */
    public static LocalStack start(LocalStackOptions options) {
        LocalStack stack = new LocalStack(options, message -> { });
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (LocalStackOptions.isHelpRequested(args)) {
            System.out.print(LocalStackOptions.usage());
            return;
        }
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage() + "\nTry --help.");
            System.exit(2);
            return;
        }
        String jitNote = QuickJit.apply();
        if (jitNote != null) {
            System.out.println("(Could not keep this JVM on the quick compiler: " + jitNote + ")");
        }
        LocalStack stack = new LocalStack(options, System.out::println);
        System.out.println("Starting the local stack" + (options.services() ? "" : " (infrastructure only)")
                + "; data in " + options.dataDir() + " ...");
        try {
            stack.boot();
        } catch (RuntimeException e) {
            if (stack.closed.get()) {
                return; // Ctrl+C while starting: the shutdown hook is already stopping everything
            }
            if (e instanceof LocalStackException) {
                System.err.println("\n" + e.getMessage());
            } else {
                System.err.println("\nThe local stack failed to start:");
                e.printStackTrace();
            }
            System.exit(1);
        }
        System.out.print(stack.banner());
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        System.out.println(String.format(Locale.ROOT, "READY in %.1f s", seconds));
        if (options.demo()) {
            stack.loadDemo();
        }
        new CountDownLatch(1).await();
    }

    private void boot() {
        // initialise logging here, before Kafka's threads race to do it (SLF4J then prints a "replay" notice)
        LoggerFactory.getLogger(LocalStack.class);
        Ports.requireFree(options.portsToBind());
        jars = options.services() ? ServiceProcesses.locateJars(options.jarsDir()) : Map.of();
        createDirectories(options.dataDir(), logsDir());
        long started = System.nanoTime();

        // The broker takes the longest to start. MongoDB and SMTP start meanwhile, and so do the services: most of
        // a Spring Boot start is spent before it first talks to Kafka, and their clients retry until it answers.
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(options.dataDir().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort()),
                task -> new Thread(task, "kafka-start").start());
        RuntimeException failure = null;
        try {
            mongo = PersistentMongo.start(options.dataDir().resolve("mongo"), options.mongoPort());
            mail = MailCatcher.start(options.smtpPort());
            mailViewer = MailViewer.start(options.mailViewerPort(), mail::messages);
            if (options.services()) {
                for (Service service : Service.values()) {
                    services.start(launchOf(service, service.module(), options.portOf(service)));
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            kafka = kafkaStart.join();
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }

        if (options.services()) {
            progress.accept(String.format(Locale.ROOT, "  Kafka, MongoDB and SMTP are up (%.1f s); waiting for the"
                    + " services (logs in %s) ...", secondsSince(started), logsDir()));
            services.awaitHealthy(options.serviceStartTimeout(), progress);
        }
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    /**
     * How to run one instance of a service: the launcher's arguments, then {@link LocalStackOptions#serviceArguments}.
     * An additional moderation-service instance also gets an instance id of its own (it names the instance's model
     * learning consumer group, which every instance must have to itself); the first keeps the service's default.
     */
    private ServiceProcesses.Launch launchOf(Service service, String name, int port) {
        Path jar = jars.get(service);
        if (service == Service.DEMO_SITE) {
            return demoSiteLaunch(jar);
        }
        String mongoUri = mongoUri() + "/" + service.database();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + mongoUri));
        // the same settings as environment variables too, for any setting a service reads from them directly
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(),
                "MONGODB_URI", mongoUri));
        if (service == Service.NOTIFICATION) {
            arguments.add("--spring.mail.host=" + Ports.HOST);
            arguments.add("--spring.mail.port=" + options.smtpPort());
            environment.put("SMTP_HOST", Ports.HOST);
            environment.put("SMTP_PORT", String.valueOf(options.smtpPort()));
            environment.put("PUBLIC_BASE_URL", "http://localhost:" + port);
            // Urgent safety holds alert this address; the alert links to the moderators' console.
            environment.put("ON_CALL_EMAILS", ON_CALL_EMAIL);
            environment.put("CONSOLE_BASE_URL", "http://localhost:" + options.portOf(Service.MODERATION));
        }
        if (service == Service.MODERATION && !name.equals(service.module())) {
            arguments.add("--commentmod.moderation.instance-id=" + name);
        }
        arguments.addAll(options.serviceArguments(service));
        return new ServiceProcesses.Launch(name, service, jar, port, arguments, environment,
                logsDir().resolve(name + ".log"));
    }

    /**
     * The demo website: a client of comment-service only (no Kafka, no MongoDB). It is told comment-service's address
     * and the demo article's id, title, URL and therapist from demo-thread.json, so the page shows the {@code --demo}
     * thread and registers the article exactly as the demo does; the question and answer text are the site's own.
     * The site key goes in the environment only, so it does not show in the process list.
     */
    private ServiceProcesses.Launch demoSiteLaunch(Path jar) {
        int port = options.portOf(Service.DEMO_SITE);
        String commentService = serviceUri(Service.COMMENT).toString();
        DemoThread.Article article = DemoThread.load().article();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--commentmod.demo-site.comment-service-url=" + commentService,
                "--commentmod.demo-site.article.id=" + article.id(),
                "--commentmod.demo-site.article.title=" + article.title(),
                "--commentmod.demo-site.article.url=" + article.url(),
                "--commentmod.demo-site.article.therapist-name=" + article.therapist().name(),
                "--commentmod.demo-site.article.therapist-email=" + article.therapist().email()));
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "COMMENT_SERVICE_URL", commentService,
                "SITE_API_KEY", SITE_API_KEY));
        arguments.addAll(options.serviceArguments(Service.DEMO_SITE));
        return new ServiceProcesses.Launch(Service.DEMO_SITE.module(), Service.DEMO_SITE, jar, port, arguments, environment,
                logsDir().resolve(Service.DEMO_SITE.module() + ".log"));
    }

    private static void createDirectories(Path... dirs) {
        for (Path dir : dirs) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir, e);
            }
        }
    }

    public LocalStackOptions options() {
        return options;
    }

    public Path logsDir() {
        return options.dataDir().resolve("logs");
    }

    public String kafkaBootstrapServers() {
        return Ports.HOST + ":" + options.kafkaPort();
    }

    public String mongoUri() {
        return "mongodb://" + Ports.HOST + ":" + options.mongoPort();
    }

    public int smtpPort() {
        return options.smtpPort();
    }

    public URI mailViewerUri() {
        return URI.create("http://" + Ports.HOST + ":" + options.mailViewerPort() + "/");
    }

    public URI serviceUri(Service service) {
        return URI.create("http://" + Ports.HOST + ":" + options.portOf(service));
    }

    /**
     * The SMTP server itself, for tests that want to look at what the services sent (a new one after each
     * {@link #startSmtp()}; {@code null} while stopped).
     */
    public GreenMail greenMail() {
        return mail.greenMail();
    }

    /**
     * Received mail, oldest first, one entry per message (as the viewer shows it), including mail received before an
     * SMTP restart. A message received twice (sent again, even with the same Message-ID) is two entries.
     */
    public List<CapturedMail> capturedMail() {
        return mail.messages();
    }

    // ------------------------------------------------------------------------------------------ fault injection

    /**
     * Stops the Kafka broker (a clean shutdown: what it acknowledged is on disk). Clients see the broker gone until
     * {@link #startKafka()}.
     */
    public synchronized void stopKafka() {
        KafkaBroker broker = kafka;
        kafka = null;
        if (broker != null) {
            broker.close();
        }
    }

    /** Starts the broker again on the same ports with the same log directory; returns when it answers. */
    public synchronized void startKafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(options.dataDir().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
        }
    }

    /** Stops MongoDB: open connections are closed and the H2 file is committed and closed. */
    public synchronized void stopMongo() {
        PersistentMongo server = mongo;
        mongo = null;
        if (server != null) {
            server.close();
        }
    }

    /** Starts MongoDB again on the same port from the same H2 file (documents and indexes as they were). */
    public synchronized void startMongo() {
        if (mongo == null) {
            mongo = PersistentMongo.start(options.dataDir().resolve("mongo"), options.mongoPort());
        }
    }

    /** {@link #stopMongo()} then {@link #startMongo()}: every client loses its connections once. */
    public void restartMongo() {
        stopMongo();
        startMongo();
    }

    /** Stops the SMTP server: senders get "connection refused". Mail received so far stays in {@link #capturedMail()}. */
    public void stopSmtp() {
        mail.stopServer();
    }

    /** Starts the SMTP server again on the same port. */
    public void startSmtp() {
        mail.startServer();
    }

    /** The first instance of a service, the one {@link #start} started. */
    public ServiceInstance instance(Service service) {
        requireServices();
        return new ServiceInstance(service, service.module(), options.portOf(service));
    }

    /**
     * Starts another instance of a service on {@code port}, pointed at the same infrastructure with the same
     * arguments, so it joins the same consumer groups and shares their partitions; returns without waiting for it
     * (see {@link #awaitHealthy}). Its name is the module's name and a number ({@code notification-service-2}).
     */
    public synchronized ServiceInstance addInstance(Service service, int port) {
        requireServices();
        if (!Ports.isFree(port)) {
            throw new LocalStackException("Cannot start another " + service.module() + ": port " + port + " on "
                    + Ports.HOST + " is already in use");
        }
        int number = 2;
        while (services.launchOf(service.module() + "-" + number) != null) {
            number++;
        }
        String name = service.module() + "-" + number;
        services.start(launchOf(service, name, port));
        return new ServiceInstance(service, name, port);
    }

    /** Waits until every given instance reports UP (each within the service start timeout of its start). */
    public void awaitHealthy(ServiceInstance... instances) {
        services.awaitHealthy(List.of(instances).stream().map(ServiceInstance::name).toList(),
                options.serviceStartTimeout(), progress);
    }

    /**
     * Kills the instance's process hard ({@code destroyForcibly}, SIGKILL: no graceful shutdown, no offsets committed,
     * nothing flushed), as a crash would, and waits until it has exited.
     */
    public void kill(ServiceInstance instance) {
        services.kill(instance.name());
    }

    /** Whether the instance's process is running. */
    public boolean isAlive(ServiceInstance instance) {
        return services.isAlive(instance.name());
    }

    /**
     * Starts killed instances again exactly as they were started before (same port, arguments and log file, which is
     * appended to) and waits until all report UP.
     */
    public void startAgain(ServiceInstance... instances) {
        for (ServiceInstance instance : instances) {
            ServiceProcesses.Launch launch = services.launchOf(instance.name());
            if (launch == null) {
                throw new LocalStackException("no instance named " + instance.name() + " was started");
            }
            services.start(launch);
        }
        awaitHealthy(instances);
    }

    private void requireServices() {
        if (!options.services()) {
            throw new IllegalStateException("the services were not started (--services=false)");
        }
    }

    String banner() {
        String comment = serviceUri(Service.COMMENT).toString();
        String moderation = serviceUri(Service.MODERATION).toString();
        String notification = serviceUri(Service.NOTIFICATION).toString();
        String demoSite = serviceUri(Service.DEMO_SITE).toString();
        String notStarted = "   (not started: --services=false)";
        StringBuilder b = new StringBuilder("\n");
        b.append("commentmod local stack\n");
        b.append(String.format("  comment API        %s/api/v1%s%n", comment, options.services() ? "" : notStarted));
        b.append(String.format("  moderators' console %s/console   (sign in with the accounts below)%s%n", moderation,
                options.services() ? "" : notStarted));
        b.append(String.format("  moderation API     %s/api/v1/moderation/queue%s%n", moderation,
                options.services() ? "" : notStarted));
        b.append(String.format("  notification API   %s/api/v1/deliveries%s%n", notification,
                options.services() ? "" : notStarted));
        b.append(String.format("  demo site          %s/   (the article page; comments go through comment-service)%s%n",
                demoSite, options.services() ? "" : notStarted));
        b.append(String.format("  mail viewer        %s   (captured mail is kept in memory only)%n", mailViewerUri()));
        b.append(String.format("  Kafka bootstrap    %s%n", kafkaBootstrapServers()));
        b.append(String.format("  MongoDB            %s   (databases: comments, moderation, notifications)%n", mongoUri()));
        b.append(String.format("  SMTP               %s:%d   (accepts any recipient, delivers nowhere)%n", Ports.HOST,
                smtpPort()));
        b.append(String.format("  site API key       %s   (header %s)%n", SITE_API_KEY, CommentApiClient.API_KEY_HEADER));
        b.append(String.format("  accounts           %s / %s (moderator),  %s / %s (admin)%n", MODERATOR_USER,
                MODERATOR_PASSWORD, ADMIN_USER, ADMIN_PASSWORD));
        b.append(String.format("  data dir           %s   (Kafka and MongoDB data, kept across restarts)%n", options.dataDir()));
        b.append(String.format("  logs dir           %s%n", logsDir()));
        b.append("Press Ctrl+C to stop everything.\n");
        return b.toString();
    }

    /** Registers the demo article; posts its thread only the first time, so a restart does not duplicate it. */
    private void loadDemo() {
        if (!options.services()) {
            System.out.println("--demo needs the services; ignored with --services=false.");
            return;
        }
        DemoThread demo = DemoThread.load();
        CommentApiClient api = new CommentApiClient(serviceUri(Service.COMMENT), SITE_API_KEY);
        String comment = serviceUri(Service.COMMENT).toString();
        String moderation = serviceUri(Service.MODERATION).toString();
        try {
            api.registerArticle(demo.article());
            if (demoThreadPostedBefore(api, demo)) {
                System.out.printf("%nDemo: the thread of article '%s' was posted on an earlier run of this data"
                        + " folder and is not posted again.%n", demo.article().id());
            } else {
                Map<String, String> ids = api.postThread(demo);
                markDemoThreadPosted();
                System.out.printf("%nDemo: registered article '%s' and posted %d comments (ids %s).%n",
                        demo.article().id(), ids.size(), String.join(", ", ids.values()));
                System.out.println("Moderation takes a moment. Then look at:");
            }
            System.out.printf("  demo page          %s/articles/%s%n", serviceUri(Service.DEMO_SITE), demo.article().id());
            System.out.printf("  public thread      curl %s/api/v1/articles/%s/comments%n", comment, demo.article().id());
            System.out.printf("  moderation queue   %s/console (%s / %s), or curl -u %s:%s %s/api/v1/moderation/queue%n",
                    moderation, MODERATOR_USER, MODERATOR_PASSWORD, MODERATOR_USER, MODERATOR_PASSWORD, moderation);
            System.out.printf("  therapist's mail   %s%n", mailViewerUri());
        } catch (RuntimeException e) {
            System.err.println("Demo not loaded (the stack keeps running): " + e.getMessage());
        }
    }

    /**
     * Whether this data folder already has the demo thread. The article's registration cannot tell any more: the demo
     * site registers the same article as soon as comment-service is up, before this runs. So a marker file in the
     * data folder records the posting, and a thread that already has published comments (a data folder from before
     * the marker) counts as posted too.
     */
    private boolean demoThreadPostedBefore(CommentApiClient api, DemoThread demo) {
        if (Files.exists(demoMarker())) {
            return true;
        }
        return api.getJson("/api/v1/articles/" + demo.article().id() + "/comments").path("count").asInt() > 0;
    }

    private void markDemoThreadPosted() {
        try {
            Files.writeString(demoMarker(), "The --demo thread was posted to this data folder's MongoDB.\n");
        } catch (IOException e) {
            System.err.println("Could not write " + demoMarker() + " (the demo thread may be posted again on the next"
                    + " run): " + e.getMessage());
        }
    }

    private Path demoMarker() {
        return options.dataDir().resolve("demo-thread-posted");
    }

    /** Stops the services first (they still talk to the infrastructure while shutting down), then mail, Mongo, Kafka. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook's call will find everything stopped
            }
        }
        stopQuietly("services", services);
        stopQuietly("mail viewer", mailViewer);
        stopQuietly("SMTP server", mail);
        stopQuietly("MongoDB", mongo);
        stopQuietly("Kafka", kafka);
    }

    private static void stopQuietly(String what, AutoCloseable component) {
        if (component == null) {
            return;
        }
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("local-stack: stopping " + what + " failed: " + e);
        }
    }
}
