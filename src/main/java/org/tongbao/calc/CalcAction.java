package org.tongbao.calc;

import com.sun.star.uno.Exception;

/** One toolbar or menu command. The dispatcher wraps it in one undo context when it changes the document. */
interface CalcAction {

    ActionResult run(CalcSession session, StatusProgress progress) throws Exception;
}
