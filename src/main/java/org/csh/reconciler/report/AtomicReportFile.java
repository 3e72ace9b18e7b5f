package org.csh.reconciler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes report files so that readers see either the previous files or the complete new ones, never a partial
 * one, and files written together (the workbook and its CSV) are replaced together or not at all.
 */
final class AtomicReportFile {

    private static final Logger log = LoggerFactory.getLogger(AtomicReportFile.class);
    /** {@code .<file name>.<uuid>.tmp} (being written) and {@code .<file name>.<uuid>.previous} (kept for a rollback). */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(tmp|previous)");

    /** Writes the whole content to an open stream; the caller owns the stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of a set written together. */
    record Part(String fileName, Content content) {
    }

    /** A part written to its temporary name, not yet in place. */
    private record Staged(Path temp, Path target) {
    }

    private AtomicReportFile() {
    }

    static Path write(Path reportDir, String fileName, Content content) {
        return writeTogether(reportDir, List.of(new Part(fileName, content))).get(0);
    }

    /**
     * Writes every part to a temporary name and, only when all are complete and on disk, renames them into place;
     * when a rename fails the files already renamed get their previous versions back (or are removed).
     *
     * @return the written files, in the order of {@code parts}
     */
    static List<Path> writeTogether(Path reportDir, List<Part> parts) {
        List<Staged> staged = new ArrayList<>();
        Path current = reportDir;
        try {
            Files.createDirectories(reportDir);
            removeStaleTemporaries(reportDir);
            for (Part part : parts) {
                current = reportDir.resolve(part.fileName());
                staged.add(stage(reportDir, part));
            }
            current = reportDir;
            return replaceAll(staged);
        } catch (IOException | RuntimeException e) {
            staged.forEach(file -> deleteQuietly(file.temp(), e));
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not write report " + current + ": " + io.getMessage()
                        + " (check that the report directory is writable and has space); no file of this report"
                        + " was replaced", io);
            }
            throw (RuntimeException) e;
        }
    }

    private static Staged stage(Path reportDir, Part part) throws IOException {
        // a unique hidden name in the same directory: the rename stays on one file system, and two
        // runs for the same range never share a temp file
        Path temp = reportDir.resolve("." + part.fileName() + "." + UUID.randomUUID() + ".tmp");
        Staged staged = new Staged(temp, reportDir.resolve(part.fileName()));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            part.content().writeTo(out);
            out.flush();
            // on disk before the rename, so a crash cannot leave a renamed but empty file
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        return staged;
    }

    /** Renames every staged file into place, or none: the previous versions are kept until all renames worked. */
    private static List<Path> replaceAll(List<Staged> staged) throws IOException {
        List<Path> previous = new ArrayList<>();
        List<Staged> placed = new ArrayList<>();
        try {
            for (Staged file : staged) {
                previous.add(keepPrevious(file.target()));
            }
            for (Staged file : staged) {
                moveIntoPlace(file.temp(), file.target());
                placed.add(file);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(placed, previous, e);
            previous.forEach(copy -> deleteQuietly(copy, e));
            throw e;
        }
        previous.forEach(copy -> deleteQuietly(copy, null));
        return staged.stream().map(Staged::target).toList();
    }

    /** A second name for the file about to be replaced (a hard link, else a copy); null when there is none. */
    private static Path keepPrevious(Path target) throws IOException {
        if (!Files.isRegularFile(target)) {
            // nothing to keep; a directory in the way fails the rename, before anything is replaced
            return null;
        }
        Path copy = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".previous");
        try {
            Files.createLink(copy, target);
        } catch (IOException | UnsupportedOperationException noLinks) {
            Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return copy;
    }

    private static void rollBack(List<Staged> placed, List<Path> previous, Exception cause) {
        for (int i = 0; i < placed.size(); i++) {
            Path target = placed.get(i).target();
            Path copy = previous.get(i);
            try {
                if (copy == null) {
                    Files.deleteIfExists(target);
                } else {
                    moveIntoPlace(copy, target);
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * A run killed while writing leaves its temporary files behind; one run at a time writes reports (the launcher
     * sees to that), so any found when a report is written are left over and go.
     */
    static void removeStaleTemporaries(Path reportDir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(reportDir,
                file -> TEMPORARY.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                log.info("removed {}, left by a run that stopped while writing its report", file);
            }
        } catch (IOException e) {
            log.warn("could not remove left-over temporary files in {}: {}", reportDir, e.getMessage());
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
