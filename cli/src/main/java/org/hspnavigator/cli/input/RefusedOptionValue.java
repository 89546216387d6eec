package org.hspnavigator.cli.input;

import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;
import picocli.CommandLine;

/**
 * An option's value refused by the reading the API shares for its query parameter of the same name:
 * picocli reports it as a usage error, whose handler words the problem in the language of the command
 * line, as the API words it in the language of the request.
 */
public final class RefusedOptionValue extends CommandLine.TypeConversionException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    private RefusedOptionValue(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** The value read; refused with its problem when the reading refused it. */
    public static <T> T valueOf(ParameterValue<T> read) {
        if (read.isRefused()) {
            throw new RefusedOptionValue(read.problem());
        }
        return read.value();
    }

    /** Why the value was refused. */
    public Problem problem() {
        return problem;
    }
}
