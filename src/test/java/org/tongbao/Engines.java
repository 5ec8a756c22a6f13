package org.tongbao;

import java.time.LocalDate;

import org.tongbao.script.ScriptRules;

/** Engines for tests: the shipped rule scripts, on a fixed day so notices compare across runs. */
public final class Engines {

    /** The reference notice's date. */
    public static final LocalDate DAY = LocalDate.of(2023, 2, 27);

    private Engines() {
    }

    public static Engine shipped() {
        return shipped(DAY);
    }

    public static Engine shipped(LocalDate day) {
        return new Engine(ScriptRules.shipped(), day);
    }
}
