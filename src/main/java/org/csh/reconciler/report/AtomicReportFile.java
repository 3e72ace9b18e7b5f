package org.csh.reconciler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a report file so that readers see either the previous file or the complete new one, never a partial one. */
final class AtomicReportFile {

    /** Writes the whole content to an open stream; the caller owns the stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicReportFile() {
    }

    static Path write(Path reportDir, String fileName, Content content) {
        Path target = reportDir.resolve(fileName);
        Path temp = null;
        try {
            Files.createDirectories(reportDir);
            // a unique hidden name in the same directory: the rename stays on one file system, and two
            // runs for the same range never share a temp file
            temp = reportDir.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                // on disk before the rename, so a crash cannot leave a renamed but empty file
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not write report " + target + ": " + io.getMessage()
                        + " (check that the report directory is writable and has space)", io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
