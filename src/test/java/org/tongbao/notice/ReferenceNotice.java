package org.tongbao.notice;

import java.io.IOException;
import java.util.List;

/** The reference notice's sections 一 and 二, for tests outside this package. */
public final class ReferenceNotice {

    private ReferenceNotice() {
    }

    public static List<String> sectionsOneAndTwo() throws IOException {
        return NoticeWordingTest.sectionsOneAndTwo(NoticeWordingTest.reference());
    }
}
