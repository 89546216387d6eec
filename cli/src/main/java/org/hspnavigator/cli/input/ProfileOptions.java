package org.hspnavigator.cli.input;

/**
 * Where the options the profile commands share ({@link DateOverride}, {@link CategoryChoice},
 * {@link JsonOutput}) find their help: the {@code options} bundle of this package, whose keys name the
 * command and the option ({@code hsp.score.date}), so that each command words an option for what it
 * does while the option itself is declared once.
 */
final class ProfileOptions {

    static final String BUNDLE = "org.hspnavigator.cli.input.options";

    private ProfileOptions() {
    }
}
