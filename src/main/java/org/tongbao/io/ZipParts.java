package org.tongbao.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The parts of the zip packages the tool writes (.docx, .odt) or mends (a stored .ods or .xlsx). */
public final class ZipParts {

    /** ODF's first part, which must be stored uncompressed. */
    public static final String ODF_MIME_TYPE = "mimetype";

    private ZipParts() {
    }

    /** Writes a text part, UTF-8. */
    public static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        put(zip, name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a part; the ODF mimetype stored, as ODF asks, every other part as the stream compresses. */
    public static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (name.equals(ODF_MIME_TYPE)) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Every part of the package at {@code file}, in its order. */
    public static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    /** Writes {@code parts} in their order as the package at {@code file}. */
    public static void write(Path file, Map<String, byte[]> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        }
    }
}
