# -*- coding: utf-8 -*-
# 例：负增长写作“下降8%”，而不是“增长－8%”；其余照自带的写法。
# Example: negative growth reads 下降8% instead of 增长－8%; everything else as shipped.


def with_drop(v, ind):
    if ind is None or ind["增速"] is None or ind["增速"] >= 0:
        return v
    v = dict(v)
    v["增长"] = "下降" + number.rate(-ind["增速"])
    return v


def growth_phrase(v, ind):
    return shipped.growth_phrase(with_drop(v, ind), ind)


def growth_gap(v, ind):
    return shipped.growth_gap(with_drop(v, ind), ind)
