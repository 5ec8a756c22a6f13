package org.tongbao.poi;

import java.io.IOException;

/**
 * A workbook could not be read or written. The message is one line of Chinese naming the
 * file, fit to show staff as it is; the POI exception, if any, is kept as the cause for logs.
 */
public class WorkbookException extends IOException {

    private static final long serialVersionUID = 1L;

    public WorkbookException(String message) {
        super(message);
    }

    public WorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
