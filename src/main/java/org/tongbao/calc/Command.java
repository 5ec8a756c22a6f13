package org.tongbao.calc;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The commands of the org.tongbao.calc: protocol, as Addons.xcu names them. */
enum Command {
    VALIDATE("Validate", "校验", true, true, ValidateAction::new),
    COMPUTE("Compute", "计算", true, true, ComputeAction::new),
    HIGHLIGHT("Highlight", "标注", true, true, HighlightAction::new),
    CLEAR_HIGHLIGHTS("ClearHighlights", "清除标注", true, true, ClearHighlightsAction::new),
    SETTINGS("Settings", "通报设置", true, true, SettingsAction::new),
    COMPARE("Compare", "对比上期", true, true, CompareAction::new),
    NOTICE("Notice", "生成通报", true, false, NoticeAction::new),
    NEW_TABLE("NewTable", "新建完成情况表", true, false, NewTableAction::new),
    RULE_SCRIPTS("RuleScripts", "规则脚本", true, false, RuleScriptsAction::new),
    ABOUT("About", "关于", false, false, AboutAction::new);

    static final String PROTOCOL = "org.tongbao.calc:";

    private final String path;
    private final String title;
    private final boolean needsSpreadsheet;
    private final boolean changesDocument;
    private final Supplier<CalcAction> action;

    Command(String path, String title, boolean needsSpreadsheet, boolean changesDocument, Supplier<CalcAction> action) {
        this.path = path;
        this.title = title;
        this.needsSpreadsheet = needsSpreadsheet;
        this.changesDocument = changesDocument;
        this.action = action;
    }

    /** The command for a URL's path ({@code Validate} of {@code org.tongbao.calc:Validate}). */
    static Optional<Command> of(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
    }

    String url() {
        return PROTOCOL + path;
    }

    /** The Chinese name, used as the undo step's and the message box's title. */
    String title() {
        return title;
    }

    boolean needsSpreadsheet() {
        return needsSpreadsheet;
    }

    /** Whether the command runs inside one undo context (it changes the Calc document). */
    boolean changesDocument() {
        return changesDocument;
    }

    CalcAction action() {
        return action.get();
    }
}
