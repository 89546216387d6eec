package org.hspnavigator.report.summary;

/**
 * Where the reader of an applicant summary gets the point calculation sheet, which lists every item's
 * documents where the summary lists only the fewest: the summary's note points there, so that a PDF
 * downloaded from a web page does not tell its reader to run a command.
 */
public enum SheetSource {
    /** {@code hsp report --kind sheet}. */
    COMMAND_LINE("documents.note.commandLine"),
    /** The same request of the JSON API with {@code kind=sheet}. */
    API("documents.note.api"),
    /** The self-assessment's results page, whose documents part lists every item that scores. */
    RESULTS_PAGE("documents.note.resultsPage");

    private final String noteKey;

    SheetSource(String noteKey) {
        this.noteKey = noteKey;
    }

    /** The key of the summary's note on its documents that points to the sheet. */
    String noteKey() {
        return noteKey;
    }
}
