package org.tongbao.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongbao.notice.NoticeLayout.Page;
import org.tongbao.notice.NoticeLayout.ParagraphLook;

class NoticeLayoutTest {

    private static final double POINTS_PER_MM = 72 / 25.4;

    @Test
    void twentyTwoLinesOfTwentyEightCharactersFillTheTypeArea() {
        Page page = NoticeLayout.PAGE;
        assertEquals(156, page.typeWidthMm(), 1e-9);
        assertEquals(225, page.typeHeightMm(), 1e-9);
        double height = page.typeHeightMm() * POINTS_PER_MM;
        assertTrue(NoticeLayout.LINES_PER_PAGE * NoticeLayout.LINE_PT <= height);
        assertTrue((NoticeLayout.LINES_PER_PAGE + 1) * NoticeLayout.LINE_PT > height);
        double width = page.typeWidthMm() * POINTS_PER_MM;
        double character = NoticeLayout.BODY_PT + NoticeLayout.BODY_LETTER_SPACING_PT;
        assertEquals(-0.25, NoticeLayout.BODY_LETTER_SPACING_PT, 1e-9);
        assertTrue(NoticeLayout.CHARS_PER_LINE * character <= width);
        assertTrue((NoticeLayout.CHARS_PER_LINE + 1) * character > width);
    }

    @Test
    void aLandscapePageTurnsTheMarginsWithIt() {
        Page turned = NoticeLayout.PAGE.landscape();
        assertEquals(297, turned.widthMm(), 1e-9);
        assertEquals(NoticeLayout.PAGE.topMm(), turned.leftMm(), 1e-9);
        assertEquals(NoticeLayout.PAGE.leftMm(), turned.topMm(), 1e-9);
        assertEquals(NoticeLayout.PAGE.typeHeightMm(), turned.typeWidthMm(), 1e-9);
    }

    @Test
    void headingsTitleOrganAndTheAttachmentLineKeepWithTheNextParagraphAndBodyTextDoesNot() {
        for (ParagraphRole role : ParagraphRole.values()) {
            boolean heading = switch (role) {
                case HEADER, ORGAN, TITLE, HEADING_1, HEADING_2, ATTACHMENT_NOTE -> true;
                default -> false;
            };
            assertEquals(heading, NoticeLayout.look(role).keepWithNext(), role.name());
        }
        assertTrue(NoticeLayout.ATTACHMENT_LABEL.keepWithNext() && NoticeLayout.ATTACHMENT_TITLE.keepWithNext());
    }

    @Test
    void eachLookHasAStyleOfItsOwnNameAndBodyAndItemsShareOne() {
        Set<String> names = new HashSet<>();
        for (ParagraphRole role : ParagraphRole.values()) {
            ParagraphLook look = NoticeLayout.look(role);
            assertTrue(look.style().startsWith("通报-"), look.style());
            if (role != ParagraphRole.ITEM) {
                assertTrue(names.add(look.style()), "one style a look: " + look.style());
            }
        }
        assertEquals(NoticeLayout.look(ParagraphRole.BODY), NoticeLayout.look(ParagraphRole.ITEM));
        assertEquals(Set.of("通报-表头", "通报-表格", "通报-表格居中", "通报-表格分类"), Set.of(NoticeLayout.TABLE.header().style(),
                NoticeLayout.TABLE.body().style(), NoticeLayout.TABLE.bodyCentred().style(), NoticeLayout.TABLE.category().style()));
    }

    @Test
    void wideTablesTakeSmallerTypeAndLandscapePages() {
        assertEquals(10.5, NoticeLayout.TABLE.points(6));
        assertEquals(9.0, NoticeLayout.TABLE.points(14));
        assertEquals(7.5, NoticeLayout.TABLE.points(16));
        assertTrue(!NoticeLayout.TABLE.landscape(6) && NoticeLayout.TABLE.landscape(7));
    }
}
