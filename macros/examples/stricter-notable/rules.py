# -*- coding: utf-8 -*-
# 例：更严的成效明显——完成目标的120%以上，或增速高于全市平均1个百分点以上。
# Example: a stricter notable rule (completion of 120% or more, or growth 1 point above the city's).


def notable(task):
    reasons = []
    for i in task["指标"]:
        if i["完成率"] is not None and i["完成率"] >= 120:
            reasons.append("完成目标的120%以上")
        if i["高出"] is not None and i["高出"] >= 1:
            reasons.append("增速高于全市平均1个百分点以上")
    return unique(reasons)
