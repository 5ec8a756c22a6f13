package org.tongbao.calc;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the toolbar icons once: a coloured rounded square with one white character, legible at
 * 16 and 26 px. Run from the repository root with {@code java src/test/java/org/tongbao/calc/MakeIcons.java} (needs a CJK
 * font such as Noto Sans CJK SC) and commit the PNGs in extension/icons.
 */
public class MakeIcons {

    public static void main(String[] args) throws IOException {
        icon("validate", "校", new Color(0x2E7D32));
        icon("compute", "算", new Color(0x1565C0));
        icon("highlight", "标", new Color(0xE65100));
        icon("notice", "报", new Color(0xC62828));
        icon("clearhighlights", "清", new Color(0x616161));
        icon("about", "i", new Color(0x455A64));
        draw("tongbao-26", "通", new Color(0xC62828), 26);
        draw("tongbao-42", "通", new Color(0xC62828), 42);
    }

    static void icon(String name, String glyph, Color colour) throws IOException {
        draw(name + "-16", glyph, colour, 16);
        draw(name + "-26", glyph, colour, 26);
    }

    static void draw(String name, String glyph, Color colour, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(colour);
        int arc = Math.max(4, size / 4);
        g.fillRoundRect(0, 0, size, size, arc, arc);
        g.setColor(Color.WHITE);
        Font font = new Font("Noto Sans CJK SC", Font.BOLD, Math.round(size * (size <= 16 ? 0.88f : 0.78f)));
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        int x = (size - m.stringWidth(glyph)) / 2;
        int y = (size - (m.getAscent() + m.getDescent())) / 2 + m.getAscent();
        g.drawString(glyph, x, y);
        g.dispose();
        ImageIO.write(image, "png", new File("extension/icons/" + name + ".png"));
    }
}
