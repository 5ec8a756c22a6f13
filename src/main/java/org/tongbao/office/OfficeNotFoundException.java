package org.tongbao.office;

import java.io.IOException;

/** No LibreOffice (soffice) could be found; the message says, in Chinese and English, what to install. */
public class OfficeNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    public OfficeNotFoundException(String message) {
        super(message);
    }
}
