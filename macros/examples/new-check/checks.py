# -*- coding: utf-8 -*-
# 例：新的检查——写了“已完成”的任务必须有完成情况说明。
# Example: a new check. A task marked 已完成 must say how in 完成情况说明.


def check_completed_has_note(table):
    found = []
    for task in table["任务"]:
        if task["完成情况"] in ("已完成", "完成") and not task["说明"]:
            found.append(finding(task, "完成情况说明", "第" + task["序号"] + "项写了已完成，但没有完成情况说明"))
    return found
