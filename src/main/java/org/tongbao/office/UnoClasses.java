package org.tongbao.office;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * LibreOffice's UNO classes at run time. The runnable jar does not carry them (the dependency is
 * {@code provided}: they belong to the office installed), so the office engine runs in a child class
 * loader over the office's {@code program/classes} jars. That loader defines our own UNO-using classes
 * ({@code org.tongbao.calc}, {@code org.tongbao.office.uno}, {@link OfficeProcess}) itself, from the
 * same jar or folder the command line came from, so that their references to {@code com.sun.star}
 * resolve against the office's jars; every other class (the engine, {@code Grid}, this package's
 * UNO-free types) comes from the parent, so both sides share them. The {@code poi} engine never
 * touches any of this.
 */
public final class UnoClasses {

    /** Our classes that reference UNO: defined by the child loader, never by the parent. */
    private static final List<String> OWN = List.of("org.tongbao.calc.", "org.tongbao.office.uno.",
            "org.tongbao.office.OfficeProcess"); // a string: a class literal would load it in the parent

    /** libreoffice.jar holds ridl, jurt, juh and unoil since 7.0; older offices have them apart. */
    private static final List<String> JARS = List.of("libreoffice.jar", "ridl.jar", "jurt.jar", "juh.jar",
            "unoil.jar");

    private UnoClasses() {
    }

    /** program/classes beside soffice (following the /usr/bin/soffice link), or Resources/java on macOS. */
    public static Path classesFolder(Path soffice) {
        Path program;
        try {
            program = soffice.toRealPath().getParent();
        } catch (IOException e) {
            program = soffice.toAbsolutePath().getParent();
        }
        Path classes = program.resolve("classes");
        Path mac = program.resolveSibling("Resources").resolve("java");
        return !Files.isDirectory(classes) && Files.isDirectory(mac) ? mac : classes;
    }

    /** The jars of {@link #JARS} present in the office's classes folder. */
    static List<Path> jars(Path soffice) {
        Path folder = classesFolder(soffice);
        return JARS.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
    }

    /**
     * A loader for the office engine over {@code soffice}'s UNO jars.
     *
     * @throws OfficeNotFoundException when the office has no UNO jars (Debian: libreoffice-java-common)
     */
    public static ClassLoader loader(Path soffice) throws OfficeNotFoundException {
        List<Path> jars = jars(soffice);
        if (jars.isEmpty()) {
            throw new OfficeNotFoundException("LibreOffice 缺少 Java 组件（" + classesFolder(soffice) + " 中没有 "
                    + "libreoffice.jar）。请安装 libreoffice-java-common（Debian/Ubuntu：sudo apt-get install "
                    + "libreoffice-java-common）。 / LibreOffice's Java parts are missing (no libreoffice.jar in "
                    + classesFolder(soffice) + "): install libreoffice-java-common.");
        }
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(ownLocation());
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ChildFirst(urls.toArray(new URL[0]), UnoClasses.class.getClassLoader());
    }

    /** The jar (or classes folder) this class came from. */
    private static URL ownLocation() throws URISyntaxException, MalformedURLException {
        return Path.of(UnoClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }

    static boolean own(String name) {
        return OWN.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix)
                && (prefix.endsWith(".") || name.charAt(prefix.length()) == '$'));
    }

    /** Defines {@link #OWN} itself; asks the parent first for everything else (UNO included). */
    private static final class ChildFirst extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        ChildFirst(URL[] urls, ClassLoader parent) {
            super("tongbao-office", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!own(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
