package org.tongbao.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a
 * half-written file: the bytes go to a temporary file in the target's own folder, which is
 * then moved over the target.
 */
public final class AtomicFiles {

    /** What produces the file's bytes. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the whole file at a path it is given (e.g. an office's storeToURL). */
    @FunctionalInterface
    public interface FileWriter {
        void writeFile(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * {@link #write} for producers that write files rather than streams: {@code writer} gets a fresh
     * temporary file in the target's folder to replace, which is then moved over the target.
     */
    public static void writeFile(Path target, FileWriter writer) throws IOException {
        write(target, null, writer);
    }

    /**
     * Writes {@code target} through {@code writer}. On any failure the target is left as it was,
     * the temporary file is removed and an {@link IOException} names the target.
     */
    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, null);
    }

    private static void write(Path target, Writer writer, FileWriter fileWriter) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("目标文件夹不存在 / target folder does not exist: " + folder);
        }
        Path temp;
        try {
            temp = createTemp(folder, absolute.getFileName().toString());
        } catch (IOException e) {
            throw new IOException("无法在文件夹中创建文件 / cannot create a file in " + folder + ": " + e.getMessage(), e);
        }
        try {
            temp.toFile().deleteOnExit(); // Ctrl-C while writing leaves no stray file
            if (writer != null) {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    writer.writeTo(out);
                }
            } else {
                fileWriter.writeFile(temp);
                if (!Files.isRegularFile(temp) || Files.size(temp) == 0) {
                    throw new IOException("nothing was written");
                }
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw new IOException("无法写入文件 / cannot write " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new empty file beside the target, hidden by its leading dot. Made with the default
     * permissions, as any file the user makes (Files.createTempFile would make it readable by
     * its owner only, and so the notice that replaces the target).
     */
    public static Path createTemp(Path folder, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + targetName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Moves a finished temporary file over the target, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
