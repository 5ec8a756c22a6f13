package org.tongbao.update;

import java.util.EnumSet;
import java.util.Set;

/**
 * The marks the tool puts on rows. The POI door paints the colour; the Calc door applies a
 * named cell style of the same colour, so staff can restyle it in the Styles sidebar.
 */
public enum Highlight {
    NOTABLE("通报-成效明显", 0xE2EFDA),
    UNFINISHED("通报-未完成", 0xFCE4D6),
    /** A periodic table's task behind 序时进度. */
    BEHIND("通报-滞后", 0xF8CBAD),
    FINDING("通报-校验问题", 0xFFF2CC);

    private final String styleName;
    private final int rgb;

    Highlight(String styleName, int rgb) {
        this.styleName = styleName;
        this.rgb = rgb;
    }

    public String styleName() {
        return styleName;
    }

    /** 0xRRGGBB, the form Calc's CellBackColor takes. */
    public int rgb() {
        return rgb;
    }

    /** The marks a task row gets (not a finding's cell): what 标注 and compute put on and take off again. */
    public static Set<Highlight> rowMarks() {
        return EnumSet.of(NOTABLE, UNFINISHED, BEHIND);
    }
}
