package org.tongbao.office;

import java.io.IOException;

/** No LibreOffice (soffice) could be found; the message says, in Chinese and English, what to install. */
public class OfficeNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    /** When a running office is needed (the office engine, the integration tests). */
    public static final String ENGINE_MESSAGE = "未找到 LibreOffice（soffice）。请安装 LibreOffice（Debian：libreoffice-calc-nogui "
            + "libreoffice-writer-nogui libreoffice-java-common），或用环境变量 " + OfficeConverter.SOFFICE_ENV
            + " 指定 soffice。 / LibreOffice (soffice) was not found: install it or set "
            + OfficeConverter.SOFFICE_ENV + ".";

    public OfficeNotFoundException(String message) {
        super(message);
    }
}
