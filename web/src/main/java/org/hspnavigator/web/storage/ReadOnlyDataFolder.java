package org.hspnavigator.web.storage;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server's check, before it opens a SQLite database, that it can write to the data folder and its
 * files. A server on a read-only folder (a file system mounted read-only, a folder or a file without
 * write permission) would answer no request that counts: every login keeps its session in the database
 * and every read of applicant data writes an audit entry, and SQLite itself cannot open a database in
 * WAL mode whose folder it cannot write. So the server refuses to start and says why and what to do
 * ({@link ReadOnlyDataFolderFailureAnalyzer}), instead of a stack trace ({@code SQLITE_CANTOPEN}).
 */
public final class ReadOnlyDataFolder {

    private ReadOnlyDataFolder() {
    }

    /**
     * Throws {@link ReadOnlyException} when the folder of a SQLite {@code database}, or its database file
     * or the file's journal, cannot be written; does nothing for PostgreSQL.
     */
    public static void check(Database database) {
        if (database.kind() != Database.Kind.SQLITE) {
            return;
        }
        database.createFolder();
        Path file = database.sqlitePath().toAbsolutePath();
        Path folder = file.getParent();
        try {
            // A file made and removed is the only test that a read-only mount fails for root as well.
            Files.delete(Files.createTempFile(folder, ".hsp-write-check-", ".tmp"));
        } catch (IOException e) {
            throw new ReadOnlyException(folder, reason(e));
        }
        for (Path own : List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"))) {
            if (Files.exists(own) && !Files.isWritable(own)) {
                throw new ReadOnlyException(own, "no write permission");
            }
        }
    }

    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    /** The data folder, or a file of the database, cannot be written. */
    public static final class ReadOnlyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ReadOnlyException(Path path, String reason) {
            super("The server cannot write to " + path + " (" + reason + "), where it keeps its SQLite database. "
                    + "It needs to: every login and every read of applicant data writes (sessions, the audit log).");
        }
    }
}
