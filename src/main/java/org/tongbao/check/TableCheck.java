package org.tongbao.check;

import java.util.List;

/** One validation rule. Each lives in its own class, named for what it checks. */
public interface TableCheck {

    /** What this rule finds in the table, in sheet order. */
    List<Finding> check(CheckContext context);
}
