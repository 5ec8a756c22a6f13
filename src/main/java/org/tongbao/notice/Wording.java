package org.tongbao.notice;

import java.util.Map;

import org.tongbao.figures.IndicatorFigures;
import org.tongbao.figures.NumberWriter;
import org.tongbao.figures.TaskFigures;

/**
 * Where the sentences of {@link NoticeSettings#SCRIPTED} keys come from when the office's 通报设置
 * sets no template of its own: the wording scripts (macros/wording.py and the office's own). A
 * script that fails or overruns its time throws {@link org.tongbao.rules.RulesFailed}.
 */
public interface Wording {

    /**
     * The sentence for {@code key}. {@code values} are the placeholders written as the notice writes
     * them, unnumbered names meaning {@code indicator}'s; {@code indicator} is the one the phrase is
     * about and {@code task} the task it belongs to (each null for a sentence of the whole notice).
     * The phrase's problems are what its template could not fill.
     */
    Phrase phrase(String key, Map<String, String> values, TaskFigures task, IndicatorFigures indicator,
                  NumberWriter writer);
}
