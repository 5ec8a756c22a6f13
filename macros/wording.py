# -*- coding: utf-8 -*-
# 通报的措辞：成效明显事项和未完成（滞后）事项按指标类型的表述，以及总体情况中的各句。
# The notice's wording: the phrase for each kind of notable or lagging item and the sentences of
# 总体情况. Each function receives v, the values already written as the notice writes them (the
# placeholders of 通报设置: v["增长"] is "增长4.7%"; None where the table lacks it), and for an
# indicator's phrase the indicator's plain data (numbers; the task's for completion_phrase, None for the
# sentences of 总体情况; see README.md). It returns the text.
# fill() fills a template exactly as 通报设置 does: {名} is a value, [...] is left out when a value
# inside it is missing. A template an office writes into 通报设置 under the same key still wins.

# 通报设置中的键 → 写这一句的函数 / the 通报设置 key each function words
PHRASES = {
    "表述-增速": "growth_phrase",
    "表述-完成": "completion_phrase",
    "表述-达标": "level_phrase",
    "表述-控制": "limit_phrase",
    "表述-提高": "change_phrase",
    "表述-数值": "value_phrase",
    "差距-完成": "completion_gap",
    "差距-序时": "schedule_gap",
    "差距-达标": "level_gap",
    "差距-增速": "growth_gap",
    "差距-控制": "limit_gap",
    "进展-已完成": "progress_completed",
    "进展-全部完成": "progress_all_completed",
    "进展-成效明显": "progress_notable",
    "进展-未完成": "progress_unfinished",
    "进展-序时": "progress_period",
    "进展-达序时": "progress_on_schedule",
    "进展-其中完成": "progress_completed_among",
    "进展-滞后": "progress_behind",
    "进展-开工": "progress_started",
}


# 成效明显事项：按指标类型 / a notable item, by the kind of indicator

def growth_phrase(v, ind):
    """有增速的指标；{上级}是全市，表头写“全省”时是全省"""
    return fill("{指标}[{完成值}{单位}，同比]{增长}[，{较目标}][，较{上级}{全市增速}的平均增速{高低}{高出}]"
                "[，增速{上级}{排名}][、组内{组内排名}]", v)


def completion_phrase(v, task):
    """有目标值和完成值的数量指标（合写）；{超序时}只在期间通报中出现"""
    return fill("{全级}完成{各项完成}，[{分别}]完成年度目标任务的{各项完成率}[，{超序时}][，{超额}]", v)


def level_phrase(v, ind):
    """比率指标（%）对目标，差值用百分点"""
    return fill("{指标}达到{完成值}{单位}，{超过}既定目标{超出}[，比上年{升降}{变化}]", v)


def limit_phrase(v, ind):
    """上限目标（控制在、不超过、以内）"""
    return fill("{指标}为{完成值}{单位}，控制在{目标值}{单位}以内", v)


def change_phrase(v, ind):
    """有上年值的比率指标，变化用百分点"""
    return fill("{指标}达到{完成值}{单位}，比上年{升降}{变化}", v)


def value_phrase(v, ind):
    """只有完成值的指标"""
    return fill("{指标}{完成值}{单位}", v)


# 未完成或滞后事项的差距 / what a lagging item lacks

def completion_gap(v, ind):
    """数量指标的差距"""
    return fill("{指标}完成{完成值}{单位}，完成年度目标的{完成率}，低于目标{相差}", v)


def schedule_gap(v, ind):
    """期间通报中数量指标的差距"""
    return fill("{指标}完成{完成值}{单位}，完成年度目标的{完成率}，低于序时进度{相差}", v)


def level_gap(v, ind):
    """比率指标的差距"""
    return fill("{指标}为{完成值}{单位}，低于目标{相差}", v)


def growth_gap(v, ind):
    """增速指标对目标增速的差距"""
    return fill("{指标}{增长}，低于目标{相差}", v)


def limit_gap(v, ind):
    """上限目标的差距"""
    return fill("{指标}为{完成值}{单位}，超出控制目标{相差}", v)


# 总体情况：年度通报 / 总体情况 of a year-end notice

def progress_completed(v, data):
    """有已完成事项时"""
    return fill("已完成{已完成}项，占总任务数的{完成占比}", v)


def progress_all_completed(v, data):
    """全部完成时代替上一句"""
    return fill("{总数}件事项已全部完成", v)


def progress_notable(v, data):
    """有成效明显事项时"""
    return fill("其中{成效明显}件事项成效明显", v)


def progress_unfinished(v, data):
    """有未完成事项时"""
    return fill("未完成事项{未完成}项，占总任务数的{未完成占比}", v)


# 总体情况：期间通报（对序时进度）/ 总体情况 of a periodic notice

def progress_period(v, data):
    """期间通报的总体情况，放在最前"""
    return fill("按[{期间}]序时进度{序时进度}计", v)


def progress_on_schedule(v, data):
    """达到序时进度（含已完成、超进度）"""
    return fill("达到序时进度的{达序时}项，占{达序时占比}", v)


def progress_completed_among(v, data):
    """期间通报：其中已完成的"""
    return fill("其中已完成{已完成}项", v)


def progress_behind(v, data):
    """期间通报：未达序时进度的"""
    return fill("未达序时进度的{滞后}项，占{滞后占比}", v)


def progress_started(v, data):
    """表中有“是否开工”或“是否完工”列时（民生实事），放在最前"""
    return fill("已开工{已开工}项，开工率{开工率}", v)
