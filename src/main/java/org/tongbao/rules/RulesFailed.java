package org.tongbao.rules;

/**
 * An office's rule or wording script failed: a syntax or runtime error, a wrong answer, or no answer
 * within its time. The message, in Chinese and English, names the file, the line and the function,
 * for the person who keeps the scripts. Nothing was changed or written when it is thrown.
 */
public final class RulesFailed extends IllegalStateException {

    public RulesFailed(String message) {
        super(message);
    }
}
