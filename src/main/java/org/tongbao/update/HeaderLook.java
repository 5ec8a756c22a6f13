package org.tongbao.update;

/**
 * How the header cells of the tool's columns look: bold on a light grey fill. The POI door sets
 * these on the cells; the Calc door applies the named cell style, which staff can restyle.
 */
public enum HeaderLook {
    TOOL_HEADER("通报-列标题", 0xD9D9D9);

    private final String styleName;
    private final int rgb;

    HeaderLook(String styleName, int rgb) {
        this.styleName = styleName;
        this.rgb = rgb;
    }

    public String styleName() {
        return styleName;
    }

    /** The fill, 0xRRGGBB; the text is bold. */
    public int rgb() {
        return rgb;
    }
}
