package org.csh.reconciler.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The instructions of a Dockerfile, continuation lines joined and comments dropped, as the builder sees them. */
record DockerfileInstructions(List<Instruction> all) {

    static final Path DOCKERFILE = Path.of("Dockerfile");

    /** One instruction: {@code COPY}, and the rest of its line. */
    record Instruction(String keyword, String arguments) {

        @Override
        public String toString() {
            return keyword + " " + arguments;
        }
    }

    static DockerfileInstructions read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DockerfileInstructions parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            // comments and blank lines may sit between continuation lines; the builder skips them
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String[] parts = pending.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : ""));
            pending.setLength(0);
        }
        return new DockerfileInstructions(List.copyOf(instructions));
    }

    List<Instruction> named(String keyword) {
        return all.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The instructions after the last {@code FROM}: those that make the image that runs. */
    List<Instruction> finalStage() {
        int last = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                last = i;
            }
        }
        return all.subList(last, all.size());
    }

    /** The user of the final image, as written in its last {@code USER} instruction. */
    String user() {
        List<Instruction> users = finalStage().stream().filter(i -> i.keyword().equals("USER")).toList();
        return users.isEmpty() ? "root" : users.get(users.size() - 1).arguments();
    }

    int indexOf(Instruction instruction) {
        return all.indexOf(instruction);
    }
}
