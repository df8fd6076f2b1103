package io.commentmod.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system's JVMs (found by command line), the machine, and what they use: CPU time and resident memory from
 * {@code /proc}, heap after a full GC through {@code jcmd}.
 */
final class Resources {

    /** One JVM of the system, named after its jar. */
    record Proc(String name, long pid) {
    }

    /** CPU time of each process in ns, the machine's busy and total jiffies from /proc/stat, at one instant. */
    /** CPU per operation of each process since a snapshot, less its idle share. */
    record CpuMeter(List<Proc> procs, Map<Long, Double> idleShare) {

        Snapshot now() {
            return snapshot(procs);
        }

        Map<String, Object> perOperation(Snapshot from, long operations) {
            return cpuMillisPerOperation(procs, from, snapshot(procs), operations, idleShare);
        }
    }

    record Snapshot(long nanos, Map<Long, Long> cpuNanos, long machineBusy, long machineTotal) {
    }

    private static final Pattern EXEC_JAR = Pattern.compile("([a-z][a-z0-9-]*?)-\\d[^/\\s]*-exec\\.jar");
    private static final Pattern HEAP_USED = Pattern.compile("total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    private Resources() {
    }

    /**
     * The JVMs of the running system and this process (as "load-generator"). The launcher is the process listening on
     * {@code launcherPort} (the mail viewer's), and the services are its children, named after their exec jars: other
     * copies of the same jars (another person's test run) are left out. Without /proc, falls back to command lines.
     */
    static List<Proc> find(int launcherPort) {
        List<Proc> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        Optional<ProcessHandle> launcher = listeningPid(launcherPort).flatMap(ProcessHandle::of);
        if (launcher.isPresent()) {
            found.add(new Proc("local-stack", launcher.get().pid()));
            launcher.get().children().forEach(child -> {
                String line = commandLine(child);
                Matcher jar = line == null ? null : EXEC_JAR.matcher(line);
                if (jar != null && jar.find()) {
                    found.add(new Proc(jar.group(1), child.pid()));
                }
            });
        } else {
            ProcessHandle.allProcesses().forEach(handle -> {
                String line = handle.pid() == self ? null : commandLine(handle);
                if (line == null || !line.contains("java")) {
                    return;
                }
                Matcher jar = EXEC_JAR.matcher(line);
                if (jar.find()) {
                    found.add(new Proc(jar.group(1), handle.pid()));
                } else if (line.contains("local-stack.jar")) {
                    found.add(new Proc("local-stack", handle.pid()));
                }
            });
        }
        found.sort((a, b) -> Integer.compare(order(a.name()), order(b.name())));
        found.add(new Proc("load-generator", self));
        return found;
    }

    /** The process with a listening TCP socket on the port, from /proc/net/tcp and /proc/<pid>/fd. */
    static Optional<Long> listeningPid(int port) {
        Optional<String> inode = listeningInode(port);
        if (inode.isEmpty()) {
            return Optional.empty();
        }
        String target = "socket:[" + inode.get() + "]";
        try (var pids = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) pids::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try (var fds = Files.list(dir.resolve("fd"))) {
                    for (Path fd : (Iterable<Path>) fds::iterator) {
                        try {
                            if (Files.readSymbolicLink(fd).toString().equals(target)) {
                                return Optional.of(Long.parseLong(name));
                            }
                        } catch (IOException | RuntimeException e) {
                            // closed meanwhile
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // not ours or gone
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> listeningInode(int port) {
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                Optional<String> inode = parseListeningInode(lines, port);
                if (inode.isPresent()) {
                    return inode;
                }
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
        }
        return Optional.empty();
    }

    /** The inode of the socket listening (state 0A) on the port in a /proc/net/tcp table. */
    static Optional<String> parseListeningInode(List<String> lines, int port) {
        String hexPort = String.format(":%04X", port);
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                return Optional.of(f[9]);
            }
        }
        return Optional.empty();
    }

    private static int order(String name) {
        return switch (name) {
            case "comment-service" -> 0;
            case "moderation-service" -> 1;
            case "notification-service" -> 2;
            case "local-stack" -> 4;
            default -> 3;
        };
    }

    /** The full command line from /proc (ProcessHandle's may be cut short), or ProcessHandle's. */
    static String commandLine(ProcessHandle handle) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(handle.pid()), "cmdline"));
            if (raw.length > 0) {
                return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return handle.info().commandLine().orElse(null);
    }

    static Snapshot snapshot(List<Proc> procs) {
        Map<Long, Long> cpu = new LinkedHashMap<>();
        for (Proc proc : procs) {
            cpu.put(proc.pid(), cpuNanos(proc.pid()));
        }
        long[] machine = machineJiffies();
        return new Snapshot(System.nanoTime(), cpu, machine[0], machine[1]);
    }

    /** CPU% (100 = one core) of a process between two snapshots; -1 when unknown. */
    static double cpuPercent(Snapshot from, Snapshot to, long pid) {
        Long a = from.cpuNanos().get(pid);
        Long b = to.cpuNanos().get(pid);
        if (a == null || b == null || a < 0 || b < 0 || to.nanos() <= from.nanos()) {
            return -1;
        }
        return 100.0 * (b - a) / (to.nanos() - from.nanos());
    }

    /**
     * CPU time of each process between two snapshots per operation done in between, in milliseconds, by name, less
     * what each spends when idle ({@code idleShare}: CPU share of one core by pid, measured before; the stack's
     * consumers poll and its timers run whether or not anything happens): what a server spent on each request of a
     * baseline, whatever the client spent on its side.
     */
    static Map<String, Object> cpuMillisPerOperation(List<Proc> procs, Snapshot from, Snapshot to, long operations,
            Map<Long, Double> idleShare) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Proc proc : procs) {
            Long a = from.cpuNanos().get(proc.pid());
            Long b = to.cpuNanos().get(proc.pid());
            if (a != null && b != null && a >= 0 && b >= 0 && operations > 0) {
                double idle = idleShare.getOrDefault(proc.pid(), 0.0) * (to.nanos() - from.nanos());
                map.put(proc.name(), HttpLoad.round(Math.max(0, b - a - idle) / 1e6 / operations, 4));
            }
        }
        return map;
    }

    /** Each process's CPU share of one core between two snapshots, by pid. */
    static Map<Long, Double> cpuShares(Snapshot from, Snapshot to) {
        Map<Long, Double> shares = new LinkedHashMap<>();
        for (Long pid : from.cpuNanos().keySet()) {
            shares.put(pid, Math.max(0, cpuPercent(from, to, pid)) / 100.0);
        }
        return shares;
    }

    /** The machine's busy share (100 = all cores) between two snapshots. */
    static double machinePercent(Snapshot from, Snapshot to) {
        long total = to.machineTotal() - from.machineTotal();
        return total <= 0 ? -1 : 100.0 * (to.machineBusy() - from.machineBusy()) / total;
    }

    static long cpuNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    /** busy and total jiffies over all CPUs (busy = total - idle - iowait). */
    static long[] machineJiffies() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            return parseCpuLine(first);
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static long[] parseCpuLine(String line) {
        String[] fields = line.trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            long v = Long.parseLong(fields[i]);
            total += v;
            if (i == 4 || i == 5) {
                idle += v;
            }
        }
        return new long[] {total - idle, total};
    }

    /** A field of /proc/<pid>/status in KB (VmRSS, VmHWM), or -1. */
    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** Runs a full GC in the process, then reads the heap in use; empty when jcmd could not attach. */
    static Optional<Long> heapAfterGcKb(long pid) {
        if (run(List.of(jcmd(), String.valueOf(pid), "GC.run")) == null) {
            return Optional.empty();
        }
        String info = run(List.of(jcmd(), String.valueOf(pid), "GC.heap_info"));
        return info == null ? Optional.empty() : parseHeapUsedKb(info);
    }

    /**
     * Sums the "used" of the heap lines of {@code GC.heap_info} (Serial: new + tenured generation; G1 and others:
     * their one heap line), leaving Metaspace and class space out.
     */
    static Optional<Long> parseHeapUsedKb(String heapInfo) {
        long used = 0;
        boolean any = false;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher m = HEAP_USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(2));
                any = true;
            }
        }
        return any ? Optional.of(used) : Optional.empty();
    }

    private static String jcmd() {
        Path path = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(path) ? path.toString() : "jcmd";
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------- the machine

    static Map<String, Object> machine() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nproc", Runtime.getRuntime().availableProcessors());
        map.put("cpuModel", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        if (mem != null) {
            map.put("memTotalMB", Long.parseLong(mem.split("\\s+")[0]) / 1024);
        }
        map.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        map.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return map;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    int colon = line.indexOf(':');
                    return colon < 0 ? null : line.substring(colon + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }
}
