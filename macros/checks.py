# -*- coding: utf-8 -*-
# 附加检查：每个名字以 check_ 开头的函数都会在校验时运行一次，收到整张表（见 README.md），
# 返回 finding(任务, 列名, 消息) 的列表。
# Extra checks: every function named check_... runs once per validation with the whole table and
# returns a list of finding(task, column, message). Define one with the same name to replace it.

SEPARATORS = "、，,;；/ \t\r\n\x0b\x0c"
# 名字至少这样相像（按顺序相同的字数 ÷ 较长名字的字数）才提示 / suggested from this alikeness up
ALIKE = 0.5
SUGGESTIONS = 3
LEVELS = ["县", "区", "市", "州", "省", "旗", "自治县"]
KINDS = ["委员会", "局", "委", "办公室", "办", "中心", "人民政府", "政府", "服务中心"]


def check_departments(table):
    """牵头单位、配合单位不在「部门名录」工作表中时提示（工作簿有部门名录时）。
    A 牵头单位 or 配合单位 the workbook's 部门名录 does not list, with the closest names suggested."""
    directory = table["部门名录"]
    found = []
    if not directory:
        return found
    for task in table["任务"]:
        for lead in task["牵头单位列表"]:
            unknown(found, directory, task, lead, "牵头单位")
        for partner in split(task["配合单位"]):
            unknown(found, directory, task, partner, "配合单位")
    return found


def unknown(found, directory, task, name, column):
    for d in directory:
        if d["全称"] == name or name in d["其他名称"]:
            return
    closest = closest_names(directory, name)
    message = column + "「" + name + "」不在「部门名录」中"
    if closest:
        message += "，是否为「" + "」「".join(closest) + "」？"
    found.append(finding(task, column, message, "DEPARTMENT_UNKNOWN"))


def closest_names(directory, name):
    """名录中最像 name 的全称，最像的在前。"""
    scored = []
    for d in directory:
        best = alike(name, d["全称"])
        for other in d["其他名称"]:
            best = max(best, alike(name, other))
        if best >= ALIKE:
            scored.append((d["全称"], best))
    scored = sorted(scored, key=lambda s: -s[1])
    return [s[0] for s in scored[:SUGGESTIONS]]


def alike(a, b):
    """去掉前面的级别（县、区…）和后面的类别（局、委员会…），按顺序相同的字数 ÷ 较长者的字数。
    县商务局 and 县商务委员会: 1; 县商务局 and 县统计局: 0."""
    return shared(core(a), core(b))


def core(name):
    c = name
    kinds = [k for k in KINDS if c.endswith(k)]
    if kinds:
        c = c[:len(c) - max(len(k) for k in kinds)]
    for level in LEVELS:
        if c.startswith(level):
            c = c[len(level):]
            break
    return c if c else name


def shared(a, b):
    """按顺序相同的字数，除以较长者的字数（最长公共子序列）。"""
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        row = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            row[j] = previous[j - 1] + 1 if a[i - 1] == b[j - 1] else max(previous[j], row[j - 1])
        previous = row
    return float(previous[len(b)]) / max(1, len(a), len(b))


def split(text):
    parts = []
    current = ""
    for ch in text:
        if ch in SEPARATORS:
            if current.strip():
                parts.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts
