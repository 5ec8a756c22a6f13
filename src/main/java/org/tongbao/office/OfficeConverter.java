package org.tongbao.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.tongbao.io.AtomicFiles;
import org.tongbao.io.Folders;

/**
 * Converts a document (the notice's .odt) to .pdf or .odt with a headless LibreOffice that it
 * starts for the one conversion, on a profile of its own that it deletes afterwards, so that it
 * neither waits for nor disturbs an office the user has open.
 *
 * <p>The profile is an {@link OfficeProfile}, with the font replacements every office of the
 * tool gets, so a PDF made here and one made by {@code --engine office} set the same faces.
 */
public final class OfficeConverter {

    /** Environment variable naming the soffice to use. */
    public static final String SOFFICE_ENV = "TONGBAO_SOFFICE";
    /** How long a conversion may take unless the caller says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private static final List<Path> USUAL_PLACES = List.of(
            Paths.get("/usr/lib/libreoffice/program/soffice"),
            Paths.get("/usr/local/lib/libreoffice/program/soffice"),
            Paths.get("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            Paths.get("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));

    private OfficeConverter() {
    }

    /** What the target's extension asks for. */
    enum Format {
        PDF("pdf:writer_pdf_Export"), ODT("odt");

        final String filter;

        Format(String filter) {
            this.filter = filter;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Format of(Path target) throws IOException {
            String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.extension())) {
                    return format;
                }
            }
            throw new IOException("只能转换为 .pdf 或 .odt / can only convert to .pdf or .odt: " + target);
        }
    }

    /**
     * Finds LibreOffice's soffice: the path in {@value #SOFFICE_ENV}, then {@code soffice} or
     * {@code libreoffice} on the PATH, then /usr/lib/libreoffice/program/soffice and
     * /opt/libreoffice*&#47;program/soffice (newest first).
     */
    public static Optional<Path> findSoffice() {
        return findSoffice(System.getenv(), Paths.get("/opt"));
    }

    static Optional<Path> findSoffice(Map<String, String> env, Path opt) {
        List<Path> candidates = new ArrayList<>();
        String configured = env.get(SOFFICE_ENV);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Paths.get(configured.trim()));
        }
        String path = env.getOrDefault("PATH", "");
        for (String name : List.of("soffice", "libreoffice", "soffice.exe")) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                if (!folder.isEmpty()) {
                    candidates.add(Paths.get(folder, name));
                }
            }
        }
        candidates.addAll(USUAL_PLACES);
        candidates.addAll(optInstalls(opt));
        return candidates.stream().filter(OfficeConverter::isExecutableFile).findFirst();
    }

    /** LibreOffice's own packages install as /opt/libreoffice7.6 and the like. */
    private static List<Path> optInstalls(Path opt) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(opt)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(opt, "libreoffice*")) {
            for (Path dir : dirs) {
                found.add(dir.resolve("program").resolve("soffice"));
            }
        } catch (IOException | RuntimeException e) {
            return found;
        }
        found.sort(Comparator.comparing(Path::toString).reversed());
        return found;
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    /** The message shown when no LibreOffice can be found. */
    static String notFoundMessage() {
        return "未找到 LibreOffice（soffice），无法生成 PDF/ODT。请安装 LibreOffice："
                + "Debian/Ubuntu/统信/麒麟等系统执行 sudo apt-get install libreoffice-writer-nogui，"
                + "或从 https://www.libreoffice.org 下载安装；也可用环境变量 " + SOFFICE_ENV + " 指定 soffice 的路径。"
                + " / LibreOffice (soffice) was not found, so no PDF/ODT can be made. Install it with"
                + " 'sudo apt-get install libreoffice-writer-nogui' or from https://www.libreoffice.org,"
                + " or set " + SOFFICE_ENV + " to the soffice program.";
    }

    /** Converts {@code source} to {@code target} (.pdf or .odt, by its extension) within {@link #DEFAULT_TIMEOUT}. */
    public static void convert(Path source, Path target) throws IOException {
        convert(source, target, DEFAULT_TIMEOUT);
    }

    /**
     * Converts {@code source} to {@code target}, whose extension (.pdf or .odt) names the format.
     * The target is replaced atomically and only when the conversion succeeded.
     *
     * @throws OfficeNotFoundException when no soffice can be found
     * @throws IOException when the conversion fails or takes longer than {@code timeout}
     */
    public static void convert(Path source, Path target, Duration timeout) throws IOException {
        Format format = Format.of(target);
        if (!Files.isRegularFile(source)) {
            throw new IOException("找不到要转换的文件 / no such file to convert: " + source);
        }
        Path soffice = findSoffice().orElseThrow(() -> new OfficeNotFoundException(notFoundMessage()));
        Path work = Files.createTempDirectory("tongbao-office-");
        try {
            Path profile = work.resolve("profile");
            Path in = work.resolve("in");
            Path out = work.resolve("out");
            Files.createDirectories(in);
            Files.createDirectories(out);
            OfficeProfile.prepare(profile);
            // A plain ASCII name keeps soffice away from the user's locale and odd file names.
            String sourceName = source.getFileName().toString();
            int dot = sourceName.lastIndexOf('.');
            Path input = in.resolve("document" + (dot >= 0 ? sourceName.substring(dot) : ""));
            Files.copy(source, input);
            Path log = work.resolve("soffice.log");

            List<String> command = List.of(soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
                    "--convert-to", format.filter, "--outdir", out.toString(), input.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IOException("无法启动 LibreOffice / cannot start " + soffice + ": " + e.getMessage(), e);
            }
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                stop(process);
                Thread.currentThread().interrupt();
                throw new IOException("转换被中断 / conversion interrupted: " + source, e);
            }
            if (!finished) {
                stop(process);
                throw new IOException("LibreOffice 转换超时（" + timeout.toSeconds() + " 秒）/ conversion timed out after "
                        + timeout.toSeconds() + " s: " + source + logTail(log));
            }
            Path produced = out.resolve("document." + format.extension());
            if (process.exitValue() != 0 || !Files.isRegularFile(produced) || Files.size(produced) == 0) {
                throw new IOException("LibreOffice 未能转换文件 / LibreOffice could not convert " + source
                        + " to " + format.extension() + " (exit " + process.exitValue() + ")" + logTail(log));
            }
            AtomicFiles.write(target, stream -> Files.copy(produced, stream));
        } finally {
            Folders.delete(work); // best effort: a leftover folder in /tmp is no reason to fail a conversion
        }
    }

    /** Ends soffice and the processes it started (oosplash starts soffice.bin). */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String logTail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() > 1000 ? text.substring(text.length() - 1000) : text);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
