package org.tongbao.calc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The Calc benchmark's own extension, target/tongbao-bench.oxt, made from the packaged
 * target/tongbao.oxt: the same files, the jar with the bench classes added ({@link CalcBench},
 * {@link BenchDispatcher}), the handler for {@code org.tongbao.bench:*} registered beside the
 * product's, and its own identifier. The bench classes go into the product's jar, not a jar of
 * their own, because LibreOffice loads each jar of an extension in a class loader of its own and
 * {@link CalcBench} uses package-private parts of {@code org.tongbao.calc}.
 */
final class BenchExtension {

    static final String IDENTIFIER = "org.tongbao.bench";
    static final String JAR = "tongbao-bench.jar";
    private static final String PRODUCT_JAR = "tongbao-calc.jar";
    private static final Class<?>[] BENCH_CLASSES = {CalcBench.class, BenchDispatcher.class};

    private BenchExtension() {
    }

    /** Writes the bench extension made from {@code productOxt} to {@code oxt}; returns {@code oxt}. */
    static Path build(Path productOxt, Path oxt) throws IOException {
        Path tmp = Files.createTempFile(oxt.toAbsolutePath().getParent(), "tongbao-bench", ".oxt");
        try (ZipFile product = new ZipFile(productOxt.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry entry : product.stream().toList()) {
                byte[] bytes = product.getInputStream(entry).readAllBytes();
                String name = entry.getName();
                switch (name) {
                    case PRODUCT_JAR -> put(out, JAR, benchJar(bytes));
                    case "tongbao.components" -> put(out, name, edit(bytes, name,
                            "uri=\"" + PRODUCT_JAR + "\">", "uri=\"" + JAR + "\">\n"
                                    + "    <implementation name=\"" + BenchDispatcher.IMPLEMENTATION + "\">\n"
                                    + "      <service name=\"com.sun.star.frame.ProtocolHandler\"/>\n"
                                    + "    </implementation>"));
                    case "ProtocolHandler.xcu" -> put(out, name, edit(bytes, name,
                            "<node oor:name=\"HandlerSet\">", "<node oor:name=\"HandlerSet\">\n"
                                    + "    <node oor:name=\"" + BenchDispatcher.IMPLEMENTATION + "\" oor:op=\"replace\">\n"
                                    + "      <prop oor:name=\"Protocols\" oor:type=\"oor:string-list\">\n"
                                    + "        <value>" + BenchDispatcher.PROTOCOL + "*</value>\n"
                                    + "      </prop>\n"
                                    + "    </node>"));
                    case "description.xml" -> put(out, name, edit(bytes, name,
                            "<identifier value=\"" + TestOffice.EXTENSION_ID + "\"/>",
                            "<identifier value=\"" + IDENTIFIER + "\"/>"));
                    default -> put(out, name, bytes);
                }
            }
        }
        return Files.move(tmp, oxt, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The product's jar plus the bench classes, registered through {@link BenchDispatcher}. */
    private static byte[] benchJar(byte[] productJar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(productJar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("RegistrationClassName"), BenchDispatcher.class.getName());
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    put(out, entry.getName(), in.readAllBytes());
                }
                for (Class<?> type : BENCH_CLASSES) {
                    Path compiled = classFile(type);
                    String folder = type.getPackageName().replace('.', '/') + "/";
                    try (var files = Files.list(compiled.getParent())) {
                        for (Path file : files.toList()) {
                            String simple = file.getFileName().toString();
                            if (simple.equals(type.getSimpleName() + ".class")
                                    || simple.startsWith(type.getSimpleName() + "$")) {
                                put(out, folder + simple, Files.readAllBytes(file));
                            }
                        }
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Where a test class was compiled to (target/test-classes/...). */
    private static Path classFile(Class<?> type) throws IOException {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(type.getName().replace('.', '/') + ".class");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The file with {@code anchor} replaced; fails when the product's file no longer has it. */
    private static byte[] edit(byte[] file, String name, String anchor, String replacement) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.contains(anchor)) {
            throw new IOException(name + " in the product's .oxt has no " + anchor);
        }
        return text.replace(anchor, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
