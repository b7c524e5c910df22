package org.khabar.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path target = dir.resolve("sub/out.json");
        AtomicFile.writeString(target, "أول");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("أول");
        AtomicFile.writeString(target, "ثان");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("ثان");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write " + target).hasMessageContaining("disk full")
                .hasCauseInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailedFirstWriteLeavesNothing() throws IOException {
        Path target = dir.resolve("new.json");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path target = dir.resolve("script.sh");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFile.writeString(target, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwxr-x---");
    }

    @Test
    void aTargetThatIsADirectoryFailsClearly() throws IOException {
        Path target = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(target.resolve("x"), "x");
        assertThatThrownBy(() -> AtomicFile.writeString(target, "data"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write " + target);
        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
