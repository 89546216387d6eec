package org.hspnavigator.web.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in words why the server did not start on a data folder it cannot write, and what to do. */
public final class ReadOnlyDataFolderFailureAnalyzer extends AbstractFailureAnalyzer<ReadOnlyDataFolder.ReadOnlyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReadOnlyDataFolder.ReadOnlyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Make it writable (remount its file system read-write, or give "
                + "the server's user write permission), or point HSP_DATA_DIR at a writable copy of the folder.", cause);
    }
}
