package org.tongbao.calc;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import com.sun.star.awt.MessageBoxResults;
import com.sun.star.ui.dialogs.ExecutableDialogResults;
import com.sun.star.ui.dialogs.XFolderPicker2;

import org.tongbao.rules.RulesFailed;
import org.tongbao.script.ScriptRules;

/**
 * 规则脚本…: chooses the folder of the office's own rule scripts (the dispatch argument {@code Folder},
 * a path, or what the user picks; an empty Folder, or 否 when asked whether to choose another, goes
 * back to the shipped scripts), keeps it in the
 * user profile and compiles its scripts at once, so a mistake shows now and not at the next 计算.
 */
final class RuleScriptsAction implements CalcAction {

    static final String FOLDER = "Folder";

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) throws com.sun.star.uno.Exception {
        Optional<String> picked = folder(session);
        if (picked.isEmpty()) {
            return ActionResult.done("未改动规则脚本。/ Rule scripts unchanged.");
        }
        Path folder = picked.get().isBlank() ? null : Path.of(picked.get().strip());
        RuleScriptFolder.choose(session.context(), folder);
        if (folder == null) {
            return ActionResult.announced("已改回自带的规则脚本。\nBack to the shipped rule scripts.");
        }
        try {
            ScriptRules rules = RuleScriptFolder.load(folder);
            return ActionResult.announced("已选用规则脚本文件夹 / Rule scripts chosen:\n" + folder + "\n载入的脚本 / loaded: "
                    + String.join("、", rules.files()));
        } catch (RulesFailed e) {
            return ActionResult.failed("已选用规则脚本文件夹，但脚本有错误，改正之前各项功能都会报告此错误：\n" + folder + "\n"
                    + e.getMessage());
        }
    }

    /** The dispatch's Folder, else the folder the user picks; empty when they cancel. */
    private static Optional<String> folder(CalcSession session) throws com.sun.star.uno.Exception {
        Object given = session.arguments().get(FOLDER);
        if (given instanceof String s) {
            return Optional.of(s);
        }
        if (Dialogs.suppressed(session.frame())) {
            throw new IllegalStateException("请给出规则脚本文件夹（无界面运行时用参数 " + FOLDER + "）。\n"
                    + "Give the rule script folder (the argument " + FOLDER + " when running without a window).");
        }
        Path current = RuleScriptFolder.chosen(session.context());
        if (current != null) {
            short answer = Dialogs.ask(session.context(), session.frame(), "督查通报 · 规则脚本", "现在使用本单位的规则脚本：\n"
                    + current + "\n\n是：另选文件夹　否：改回自带的规则脚本　取消：不变\n"
                    + "Yes: choose another folder. No: back to the shipped scripts. Cancel: keep it.");
            if (answer == MessageBoxResults.NO) {
                return Optional.of("");
            }
            if (answer != MessageBoxResults.YES) {
                return Optional.empty();
            }
        }
        XFolderPicker2 picker = UnoCast.require(XFolderPicker2.class, session.context().getServiceManager()
                .createInstanceWithContext("com.sun.star.ui.dialogs.FolderPicker", session.context()));
        picker.setTitle("选择本单位的规则脚本文件夹（*.py）/ Choose the folder of your rule scripts");
        if (current != null) {
            picker.setDisplayDirectory(current.toUri().toString());
        }
        if (picker.execute() != ExecutableDialogResults.OK) {
            return Optional.empty();
        }
        return Optional.of(Path.of(URI.create(picker.getDirectory())).toString());
    }
}
