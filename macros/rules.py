# -*- coding: utf-8 -*-
# 分类规则：什么算完成、什么算成效明显、期间通报中什么算超进度 / 序时推进 / 滞后。
# Classification rules. The engine asks these only where the office's table says nothing itself
# (no 完成情况 word, no 成效明显 mark). See README.md in this folder for the data each one receives.

# 成效明显：完成目标的这一百分比及以上 / notable at this completion (percent) or more
NOTABLE_COMPLETION = 110
# 超进度：高于序时进度这么多个百分点及以上 / ahead of schedule by this many points or more
AHEAD_BY = 10


def completed(task):
    """没有完成状态时按数字判定：True 已完成，False 未完成，None 数字说明不了。
    Completion judged from the figures when the status is blank: every target that can be judged is met."""
    judged = [i["达标"] for i in task["指标"] if i["达标"] is not None]
    if not judged:
        return None
    return all(judged)


def notable(task):
    """已完成（或超进度）的任务为什么成效明显；返回理由列表，空列表表示不是。
    Why a completed task is notable by rule; an empty list when it is not."""
    reasons = []
    for i in task["指标"]:
        if i["高出"] is not None and i["高出"] > 0:
            reasons.append("增速高于全市平均")
        if i["排名"] == 1 or i["组内排名"] == 1:
            reasons.append("排名第一")
        if i["完成率"] is not None and i["完成率"] >= NOTABLE_COMPLETION:
            reasons.append("完成目标的110%以上")
    return unique(reasons)


def schedule(task):
    """期间通报中按数字判定：已完成、超进度、序时推进或滞后；数字说明不了时 None。
    A task stands where its worst indicator does. Each indicator carries its 序时进度 (its row's own,
    else the table's)."""
    worst = None
    for i in task["指标"]:
        v = indicator_schedule(i)
        if v is not None and (worst is None or ORDER.index(v) < ORDER.index(worst)):
            worst = v
    return worst


# 从差到好 / worst first
ORDER = ["滞后", "序时推进", "超进度", "已完成"]


def indicator_schedule(i):
    """一个指标对序时进度：数量看完成率；增速、比率和上限看全年目标。"""
    if i["上限"] or (i["完成率"] is None and i["超出"] is not None):
        if i["超出"] is None:
            return None
        return "序时推进" if i["超出"] >= 0 else "滞后"
    if i["完成率"] is not None:
        if i["完成率"] >= 100:
            return "已完成"
        if i["高于序时"] >= AHEAD_BY:
            return "超进度"
        return "序时推进" if i["高于序时"] >= 0 else "滞后"
    if i["较目标"] is not None:
        return "序时推进" if i["较目标"] >= 0 else "滞后"
    return None


def unique(items):
    seen = []
    for x in items:
        if x not in seen:
            seen.append(x)
    return seen
