package org.tongbao.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folders the tool makes for itself (office profiles, working copies), and their removal. */
public final class Folders {

    private Folders() {
    }

    /** Deletes {@code root} and everything in it; false when something stayed (the caller decides whether to say so). */
    public static boolean delete(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        boolean all = true;
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    all = false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return all;
    }
}
