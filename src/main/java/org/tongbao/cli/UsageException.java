package org.tongbao.cli;

/** The command line was not understood: exit 2, with the usage printed when {@code showUsage}. */
final class UsageException extends Exception {

    private final boolean showUsage;

    UsageException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    boolean showUsage() {
        return showUsage;
    }
}
