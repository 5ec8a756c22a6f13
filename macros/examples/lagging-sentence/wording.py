# -*- coding: utf-8 -*-
# 例：换一种未完成事项的差距写法。
# Example: a different sentence for what an unfinished quantity lacks.


def completion_gap(v, ind):
    return fill("{指标}仅完成{完成值}{单位}，只达到年度目标的{完成率}，差{相差}", v)
