package io.commentmod.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher can be told. Immutable; tests derive variants with the {@code with...} methods.
 *
 * @param dataDir where Kafka and MongoDB keep their files (and where service logs go), kept across restarts
 * @param jarsDir the project root: service jars are looked up as {@code <jarsDir>/<module>/target/<module>-*-exec.jar}
 * @param demo whether to register the demo article and post the demo thread once the stack is ready
 * @param services whether to start the three services and the demo site; {@code false} starts the infrastructure
 *                 only
 * @param serviceStartTimeout how long each service may take to report UP
 * @param serviceArguments extra command-line arguments per service, after the launcher's own (so they win over
 *                         them and over {@code application.yml}), e.g. shorter retry waits for a test; not a command-line
 *                         option of the launcher
 */
public record LocalStackOptions(
        Path dataDir,
        Path jarsDir,
        boolean demo,
        boolean services,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int smtpPort,
        int mailViewerPort,
        int commentServicePort,
        int moderationServicePort,
        int notificationServicePort,
        int demoSitePort,
        Duration serviceStartTimeout,
        Map<Service, List<String>> serviceArguments) {

    public LocalStackOptions {
        Map<Service, List<String>> arguments = new EnumMap<>(Service.class);
        serviceArguments.forEach((service, list) -> arguments.put(service, List.copyOf(list)));
        serviceArguments = Collections.unmodifiableMap(arguments);
        dataDir = dataDir.toAbsolutePath().normalize();
        jarsDir = jarsDir.toAbsolutePath().normalize();
        if (serviceStartTimeout.isNegative() || serviceStartTimeout.isZero()) {
            throw new IllegalArgumentException("the service start timeout must be positive");
        }
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> port : namedPorts(kafkaPort, kafkaControllerPort, mongoPort, smtpPort,
                mailViewerPort, commentServicePort, moderationServicePort, notificationServicePort, demoSitePort)
                .entrySet()) {
            if (port.getValue() < 1 || port.getValue() > 65535) {
                throw new IllegalArgumentException(port.getKey() + " port " + port.getValue() + " is not between 1 and 65535");
            }
            String other = seen.putIfAbsent(port.getValue(), port.getKey());
            if (other != null) {
                throw new IllegalArgumentException("port " + port.getValue() + " is given to both " + other + " and " + port.getKey());
            }
        }
    }

    /** The defaults of the documented local setup, relative to the current working directory. */
    public static LocalStackOptions defaults() {
        Path workingDir = Path.of("").toAbsolutePath();
        return new LocalStackOptions(workingDir.resolve(".local-data"), workingDir, false, true,
                9092, 9093, 27017, 3025, 8025, 8081, 8082, 8083, 8080, Duration.ofSeconds(120), Map.of());
    }

    /** Parses {@code --key=value} flags (a bare {@code --flag} means {@code true}) on top of {@link #defaults()}. */
    public static LocalStackOptions parse(String... args) {
        LocalStackOptions options = defaults();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': options look like --key=value");
            }
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            options = options.with(key, value);
        }
        return options;
    }

    public static boolean isHelpRequested(String... args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    public static String usage() {
        return """
                Usage: java -jar local-stack/target/local-stack.jar [options]

                Starts a Kafka broker (KRaft), MongoDB (mongo-java-server on H2 files), an SMTP server that
                captures mail with a web viewer, the three services and the demo website, all on 127.0.0.1.

                Options (--key=value; a bare --flag means true):
                  --data-dir=PATH              Kafka and MongoDB data and service logs (default: .local-data)
                  --jars-dir=PATH              project root holding <module>/target/<module>-*-exec.jar (default: .;
                                               alias --root)
                  --services=true|false        start the three services and the demo site (default: true);
                                               false = infrastructure only
                  --demo                       register a demo article and post a demo thread (first run only)
                  --kafka-port=9092            Kafka client listener
                  --kafka-controller-port=9093 Kafka KRaft controller listener
                  --mongo-port=27017           MongoDB wire protocol
                  --smtp-port=3025             SMTP (accepts any recipient, delivers nowhere)
                  --mail-viewer-port=8025      web page listing captured mail
                  --comment-port=8081          comment-service HTTP
                  --moderation-port=8082       moderation-service HTTP
                  --notification-port=8083     notification-service HTTP
                  --demo-site-port=8080        the demo website (article page with comments)
                  --service-timeout=120        seconds each service may take to report UP
                  --help                       print this text
                """;
    }

    private LocalStackOptions with(String key, String value) {
        return switch (key) {
            case "data-dir" -> withDataDir(Path.of(requireText(key, value)));
            case "jars-dir", "root" -> withJarsDir(Path.of(requireText(key, value)));
            case "demo" -> copy(dataDir, jarsDir, bool(key, value), services, ports(), serviceStartTimeout);
            case "services" -> withServices(bool(key, value));
            case "service-timeout" -> copy(dataDir, jarsDir, demo, services, ports(),
                    Duration.ofSeconds(number(key, value)));
            default -> {
                Port port = Port.byFlag(key);
                if (port == null) {
                    throw new IllegalArgumentException("unknown option --" + key + " (see --help)");
                }
                yield withPort(port, number(key, value));
            }
        };
    }

    public LocalStackOptions withDataDir(Path dir) {
        return copy(dir, jarsDir, demo, services, ports(), serviceStartTimeout);
    }

    public LocalStackOptions withJarsDir(Path dir) {
        return copy(dataDir, dir, demo, services, ports(), serviceStartTimeout);
    }

    public LocalStackOptions withServices(boolean start) {
        return copy(dataDir, jarsDir, demo, start, ports(), serviceStartTimeout);
    }

    public LocalStackOptions withServiceStartTimeout(Duration timeout) {
        return copy(dataDir, jarsDir, demo, services, ports(), timeout);
    }

    /**
     * Adds command-line arguments for every instance of a service, e.g.
     * {@code withServiceArguments(Service.NOTIFICATION, "--commentmod.notification.retry.initial-backoff=1s")}.
     */
    public LocalStackOptions withServiceArguments(Service service, String... arguments) {
        Map<Service, List<String>> all = new EnumMap<>(Service.class);
        all.putAll(serviceArguments);
        List<String> list = new ArrayList<>(all.getOrDefault(service, List.of()));
        list.addAll(List.of(arguments));
        all.put(service, list);
        return new LocalStackOptions(dataDir, jarsDir, demo, services, kafkaPort, kafkaControllerPort, mongoPort,
                smtpPort, mailViewerPort, commentServicePort, moderationServicePort, notificationServicePort,
                demoSitePort, serviceStartTimeout, all);
    }

    /** The extra arguments of {@link #withServiceArguments} for a service (empty if none). */
    public List<String> serviceArguments(Service service) {
        return serviceArguments.getOrDefault(service, List.of());
    }

    /** Every port replaced by one that is free right now (for tests that must not collide with a running stack). */
    public LocalStackOptions withFreePorts() {
        return copy(dataDir, jarsDir, demo, services, Ports.freePorts(Port.values().length), serviceStartTimeout);
    }

    /** The ports this configuration binds, by what they are for (the services' only when they are started). */
    public Map<String, Integer> portsToBind() {
        Map<String, Integer> all = namedPorts(kafkaPort, kafkaControllerPort, mongoPort, smtpPort, mailViewerPort,
                commentServicePort, moderationServicePort, notificationServicePort, demoSitePort);
        if (!services) {
            for (Service service : Service.values()) {
                all.remove(service.module());
            }
        }
        return all;
    }

    int portOf(Service service) {
        return switch (service) {
            case COMMENT -> commentServicePort;
            case MODERATION -> moderationServicePort;
            case NOTIFICATION -> notificationServicePort;
            case DEMO_SITE -> demoSitePort;
        };
    }

    private static Map<String, Integer> namedPorts(int... values) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Port port : Port.values()) {
            ports.put(port.label, values[port.ordinal()]);
        }
        return ports;
    }

    private int[] ports() {
        return new int[] {kafkaPort, kafkaControllerPort, mongoPort, smtpPort, mailViewerPort,
                commentServicePort, moderationServicePort, notificationServicePort, demoSitePort};
    }

    private LocalStackOptions withPort(Port which, int port) {
        int[] ports = ports();
        ports[which.ordinal()] = port;
        return copy(dataDir, jarsDir, demo, services, ports, serviceStartTimeout);
    }

    private LocalStackOptions copy(Path dataDir, Path jarsDir, boolean demo, boolean services, int[] p,
                                   Duration timeout) {
        return new LocalStackOptions(dataDir, jarsDir, demo, services, p[0], p[1], p[2], p[3], p[4], p[5], p[6],
                p[7], p[8], timeout, serviceArguments);
    }

    private static String requireText(String key, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--" + key + " needs a value");
        }
        return value;
    }

    private static boolean bool(String key, String value) {
        return switch (value.toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("--" + key + " takes true or false, not '" + value + "'");
        };
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " takes a number, not '" + value + "'");
        }
    }

    /** For error messages: which flag changes the port labelled {@code label}. */
    static String flagFor(String label) {
        for (Port port : Port.values()) {
            if (port.label.equals(label)) {
                return "--" + port.flag;
            }
        }
        return "--help";
    }

    /** The ports in the order of the record components; labels are what error messages and the banner call them. */
    private enum Port {
        KAFKA("Kafka", "kafka-port"),
        KAFKA_CONTROLLER("Kafka controller", "kafka-controller-port"),
        MONGO("MongoDB", "mongo-port"),
        SMTP("SMTP", "smtp-port"),
        MAIL_VIEWER("mail viewer", "mail-viewer-port"),
        COMMENT(Service.COMMENT.module(), "comment-port"),
        MODERATION(Service.MODERATION.module(), "moderation-port"),
        NOTIFICATION(Service.NOTIFICATION.module(), "notification-port"),
        DEMO_SITE(Service.DEMO_SITE.module(), "demo-site-port");

        private final String label;
        private final String flag;

        Port(String label, String flag) {
            this.label = label;
            this.flag = flag;
        }

        static Port byFlag(String flag) {
            for (Port port : values()) {
                if (port.flag.equals(flag)) {
                    return port;
                }
            }
            return null;
        }
    }
}
