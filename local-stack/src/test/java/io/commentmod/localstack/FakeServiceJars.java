package io.commentmod.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds stand-in service jars (see resources/fake-service) where the launcher looks for the real ones. */
final class FakeServiceJars {

    enum Mode { UP, DOWN, EXIT }

    private FakeServiceJars() {
    }

    /** Writes {@code <root>/<module>/target/<module>-0.1.0-SNAPSHOT-exec.jar} behaving as {@code mode}. */
    static Path write(Path root, Service service, Mode mode) throws IOException {
        Path classes = compiled(root.resolve(".fake-service-classes"));
        Path jar = Files.createDirectories(root.resolve(service.module()).resolve("target"))
                .resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeService");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("FakeService.class"));
            Files.copy(classes.resolve("FakeService.class"), out);
            out.closeEntry();
            out.putNextEntry(new JarEntry("mode"));
            out.write(mode.name().toLowerCase().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Path compiled(Path classes) throws IOException {
        if (Files.exists(classes.resolve("FakeService.class"))) {
            return classes;
        }
        Files.createDirectories(classes);
        Path source = classes.resolve("FakeService.java");
        try (InputStream in = FakeServiceJars.class.getResourceAsStream("/fake-service/FakeService.java");
             OutputStream out = Files.newOutputStream(source)) {
            in.transferTo(out);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
        if (result != 0) {
            throw new IllegalStateException("could not compile the fake service");
        }
        return classes;
    }
}
