package org.tongbao.poi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tongbao.notice.NoticeDocument;
import org.tongbao.odf.OdtNoticeWriter;
import org.tongbao.office.OfficeConverter;

/**
 * The notice written to the file a command names, by its extension: .docx by {@link DocxNoticeWriter},
 * .odt by {@link OdtNoticeWriter} (no office needed), .pdf as that .odt turned into PDF by an office
 * — the one {@link OfficeConverter} starts ({@code --engine poi}) or the engine's own.
 */
public final class NoticeFiles {

    /** How a .pdf is made from the notice's .odt. */
    public interface PdfExport {
        void write(NoticeDocument notice, Path pdf) throws IOException;
    }

    private NoticeFiles() {
    }

    public static void write(NoticeDocument notice, Path output, PdfExport pdf) throws IOException {
        switch (WorkbookFiles.extension(output)) {
            case "docx" -> DocxNoticeWriter.write(notice, output);
            case "odt" -> OdtNoticeWriter.write(notice, output);
            case "pdf" -> pdf.write(notice, output);
            default -> throw new IOException("通报只能写成 .docx、.odt 或 .pdf：" + output);
        }
    }

    /** The .pdf of {@code --engine poi}: the notice's .odt converted by an office started for it. */
    public static void convertedPdf(NoticeDocument notice, Path pdf) throws IOException {
        Path odt = Files.createTempFile("tongbao-notice-", ".odt");
        try {
            OdtNoticeWriter.write(notice, odt);
            OfficeConverter.convert(odt, pdf);
        } finally {
            Files.deleteIfExists(odt);
        }
    }
}
