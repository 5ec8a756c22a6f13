package org.tongbao.check;

/** How much a finding matters: errors stop the notice, warnings and infos do not. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final String chinese;
    private final String english;

    Severity(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
