package org.tongbao.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.tongbao.io.XmlText;

/**
 * The profile every office the tool starts runs on (the converter's and {@link OfficeProcess}'s):
 * a font replacement table ({@link #FONT_REPLACEMENTS}) so that the official faces the notice
 * names, which a Linux machine seldom has, come out in free faces of the same style (仿宋 as
 * FandolFang, 楷体 as FandolKai, 宋体 as Noto Serif CJK) rather than all in one sans fallback,
 * in a PDF from either engine alike. A replacement font that is not installed changes nothing:
 * LibreOffice then falls back as it would without the table.
 */
public final class OfficeProfile {

    /**
     * LibreOffice's font replacement table (Tools ▸ Options ▸ Fonts), always applied: the fonts
     * the notice names and the free faces to set them in, by full name (fc-scan says "FandolFang R"
     * but plain "FandolKai"). FandolFang and FandolKai come with Debian's texlive-lang-chinese,
     * the Noto faces with fonts-noto-cjk.
     */
    static final Map<String, String> FONT_REPLACEMENTS = fontReplacements();

    /** Where TeX Live installs keep the Fandol fonts; the first that has them is used. */
    private static final List<Path> FANDOL_PLACES = List.of(
            Paths.get("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"),
            Paths.get("/usr/share/texmf/fonts/opentype/public/fandol"),
            Paths.get("/usr/local/share/texmf/fonts/opentype/public/fandol"));
    private static final List<String> FANDOL_FILES = List.of("FandolFang-Regular.otf", "FandolKai-Regular.otf");

    private OfficeProfile() {
    }

    /**
     * Makes {@code profile} (a fresh UserInstallation folder) an office profile with the font
     * replacements switched on and the Fandol fonts visible.
     */
    public static void prepare(Path profile) throws IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), settings(), StandardCharsets.UTF_8);
        linkFandolFonts(user.resolve("fonts"));
    }

    private static Map<String, String> fontReplacements() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("仿宋_GB2312", "FandolFang R");
        table.put("仿宋", "FandolFang R");
        table.put("楷体_GB2312", "FandolKai");
        table.put("楷体", "FandolKai");
        table.put("黑体", "Noto Sans CJK SC");
        table.put("方正小标宋简体", "Noto Serif CJK SC");
        table.put("宋体", "Noto Serif CJK SC");
        return Collections.unmodifiableMap(table);
    }

    /**
     * The user profile's registrymodifications.xcu that switches on {@link #FONT_REPLACEMENTS}.
     */
    static String settings() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\"")
                .append(" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        String substitution = "/org.openoffice.Office.Common/Font/Substitution";
        x.append("<item oor:path=\"").append(substitution).append("\">")
                .append("<prop oor:name=\"Replacement\" oor:op=\"fuse\"><value>true</value></prop></item>\n");
        int n = 0;
        for (Map.Entry<String, String> pair : FONT_REPLACEMENTS.entrySet()) {
            x.append("<item oor:path=\"").append(substitution).append("/FontPairs\">")
                    .append("<node oor:name=\"_").append(n++).append("\" oor:op=\"replace\">")
                    .append(prop("Always", "true"))
                    .append(prop("OnScreenOnly", "false"))
                    .append(prop("ReplaceFont", XmlText.text(pair.getKey())))
                    .append(prop("SubstituteFont", XmlText.text(pair.getValue())))
                    .append("</node></item>\n");
        }
        return x.append("</oor:items>\n").toString();
    }

    /**
     * Makes the Fandol fonts of a TeX Live install visible to the office through the profile's
     * fonts folder (LibreOffice reads user/fonts besides what fontconfig knows): TeX Live keeps
     * them outside fontconfig's folders.
     */
    static void linkFandolFonts(Path profileFonts) throws IOException {
        Path found = fandolFolder().orElse(null);
        if (found == null) {
            return;
        }
        Files.createDirectories(profileFonts);
        for (String name : FANDOL_FILES) {
            Path font = found.resolve(name);
            if (!Files.isRegularFile(font)) {
                continue;
            }
            Path link = profileFonts.resolve(name);
            try {
                Files.createSymbolicLink(link, font);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(font, link);
            }
        }
    }

    private static Optional<Path> fandolFolder() {
        List<Path> places = new ArrayList<>(FANDOL_PLACES);
        // TeX Live's own installer: /usr/local/texlive/2023/texmf-dist/…, newest first.
        Path upstream = Paths.get("/usr/local/texlive");
        if (Files.isDirectory(upstream)) {
            try (Stream<Path> years = Files.list(upstream)) {
                years.sorted(Comparator.reverseOrder())
                        .map(year -> year.resolve("texmf-dist/fonts/opentype/public/fandol"))
                        .forEach(places::add);
            } catch (IOException | RuntimeException e) {
                // no upstream install to use
            }
        }
        return places.stream().filter(dir -> Files.isRegularFile(dir.resolve(FANDOL_FILES.get(0)))).findFirst();
    }

    private static String prop(String name, String value) {
        return "<prop oor:name=\"" + name + "\" oor:op=\"fuse\"><value>" + value + "</value></prop>";
    }
}
