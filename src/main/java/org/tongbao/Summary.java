package org.tongbao;

/** The counts of 一、总体情况, with the shares as printed ("97.1%"). */
public record Summary(int total, int completed, String completedShare, int notable, int unfinished,
                      String unfinishedShare) {
}
