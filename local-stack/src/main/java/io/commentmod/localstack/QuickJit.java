package io.commentmod.localstack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps this JVM on the quick compiler (C1), as the services already are ({@link ServiceProcesses}): the broker,
 * MongoDB and the SMTP server bring so much code that the optimizing compiler (C2) was still compiling minutes after
 * startup, at 60 % of this JVM's CPU on a 2-core machine, while the stack was under load (docs/benchmarks.md).
 * <p>
 * {@code java -jar} cannot carry JVM options, so the same effect is asked of the running JVM through the documented
 * diagnostic command {@code Compiler.directives_add}: a method the directive excludes from C2 is compiled by C1 alone.
 * Nothing else changes; if the JVM has no such command, a note is printed and the stack runs as before.
 */
final class QuickJit {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickJit() {
    }

    /** @return null when applied, otherwise why not */
    static String apply() {
        try {
            Path file = Files.createTempFile("commentmod-jit", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                return null;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
