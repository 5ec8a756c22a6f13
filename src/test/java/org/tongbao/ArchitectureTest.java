package org.tongbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shape the README promises: the core packages import nothing from UNO, POI or Jython, and
 * no two packages of the core import each other in a circle. Read from the sources' imports.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/tongbao");
    /** The domain core; "" is org.tongbao itself (Engine, Assessment). */
    private static final Set<String> CORE = Set.of("", "table", "check", "figures", "rules", "notice", "update");
    /** The imported class's package: static imports name a member of a class, so they drop two parts. */
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static ([\\w.]+)\\.[A-Z]\\w*\\.[\\w*]+|([\\w.]+)\\.[\\w*]+);", Pattern.MULTILINE);

    @Test
    void theCoreImportsNoOfficeLibrary() throws IOException {
        for (Map.Entry<String, Set<String>> e : imports().entrySet()) {
            if (CORE.contains(e.getKey())) {
                for (String imported : e.getValue()) {
                    assertTrue(!imported.startsWith("com.sun.star") && !imported.startsWith("org.apache.poi")
                            && !imported.startsWith("org.python"), "org.tongbao." + e.getKey() + " imports " + imported);
                }
            }
        }
    }

    @Test
    void theCorePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : imports().entrySet()) {
            if (!CORE.contains(e.getKey())) {
                continue;
            }
            Set<String> targets = new TreeSet<>();
            for (String imported : e.getValue()) {
                String pkg = corePackage(imported);
                if (pkg != null && !pkg.equals(e.getKey())) {
                    targets.add(pkg);
                }
            }
            uses.put(e.getKey(), targets);
        }
        List<String> cycle = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (cycleFrom(start, start, uses, new TreeSet<>(), cycle)) {
                break;
            }
        }
        assertEquals(List.of(), cycle, "package cycle among " + uses);
    }

    /** The core package a package name belongs to ("" for org.tongbao itself), or null outside the core. */
    private static String corePackage(String imported) {
        if (imported.equals("org.tongbao")) {
            return "";
        }
        if (!imported.startsWith("org.tongbao.")) {
            return null;
        }
        String rest = imported.substring("org.tongbao.".length());
        int dot = rest.indexOf('.');
        String pkg = dot < 0 ? rest : rest.substring(0, dot);
        return CORE.contains(pkg) ? pkg : null;
    }

    private static boolean cycleFrom(String start, String at, Map<String, Set<String>> uses, Set<String> seen,
                                     List<String> path) {
        path.add(at);
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next) && cycleFrom(start, next, uses, seen, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** Package (relative to org.tongbao) → the packages its sources import. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dir = SOURCES.relativize(file.getParent());
                String pkg = dir.toString().replace(java.io.File.separatorChar, '.');
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                Set<String> set = out.computeIfAbsent(pkg, k -> new TreeSet<>());
                while (m.find()) {
                    set.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(out.size() >= CORE.size(), "sources not found under " + SOURCES.toAbsolutePath());
        return out;
    }
}
