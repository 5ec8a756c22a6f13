package org.tongbao.check;

/** One validation rule. Each lives in its own class, named for what it checks. */
public interface TableCheck {

    void check(CheckContext context);
}
