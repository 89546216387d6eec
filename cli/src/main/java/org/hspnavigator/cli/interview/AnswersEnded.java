package org.hspnavigator.cli.interview;

/** Standard input ended before the last question was answered: nothing is written. */
final class AnswersEnded extends Exception {

    private static final long serialVersionUID = 1L;

    AnswersEnded() {
        super("standard input ended before every question was answered");
    }
}
