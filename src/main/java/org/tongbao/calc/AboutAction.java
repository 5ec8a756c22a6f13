package org.tongbao.calc;

/** 关于: name, version and where the tool writes. */
final class AboutAction implements CalcAction {

    static String version() {
        String version = AboutAction.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public ActionResult run(CalcSession session, StatusProgress progress) {
        return ActionResult.announced("督查通报 tongbao " + version() + "\n"
                + "校验、计算、标注政府工作报告目标任务完成情况表，并按 GB/T 9704 生成通报。\n"
                + "Validates, computes and highlights the completion table, and writes the notice (GB/T 9704).");
    }
}
