package org.tongbao.notice;

import java.util.List;

/** A filled phrase template: its text, and what could not be filled (in Chinese; empty when all went well). */
public record Phrase(String text, List<String> problems) {

    public Phrase {
        problems = List.copyOf(problems);
    }
}
