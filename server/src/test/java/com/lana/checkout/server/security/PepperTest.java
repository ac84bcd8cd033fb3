package com.lana.checkout.server.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PepperTest {

    private static final String SECRET = "a pepper from the environment, long enough";

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsMadeWith32RandomBytesForItsOwnerOnly() throws Exception {
        Path file = dir.resolve("lana").resolve("pin-pepper");

        Pepper pepper = Pepper.load(Map.of(), file);

        assertThat(Files.readAllBytes(file)).hasSize(32).isEqualTo(pepper.secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(pepper.source()).isEqualTo(file.toString());
    }

    @Test
    void makingTheFileIsLoggedSayingWhere() {
        Path file = dir.resolve("pin-pepper");

        try (CapturedLog log = new CapturedLog()) {
            Pepper.load(Map.of(), file);

            assertThat(log.messages()).singleElement().asString().startsWith("Made the PIN pepper " + file);
        }
    }

    @Test
    void anExistingFileIsReadNotReplaced() throws Exception {
        Path file = dir.resolve("pin-pepper");
        Pepper first = Pepper.load(Map.of(), file);

        Pepper second = Pepper.load(Map.of(), file);

        assertThat(second.secret()).isEqualTo(first.secret());
    }

    @Test
    void theVariableWinsAndNoFileIsMade() {
        Path file = dir.resolve("pin-pepper");

        Pepper pepper = Pepper.load(Map.of(Pepper.VARIABLE, SECRET), file);

        assertThat(pepper.secret()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
        assertThat(pepper.source()).isEqualTo("$LANA_PIN_PEPPER");
        assertThat(file).doesNotExist();
    }

    @Test
    void aShortPepperIsRefusedNamingWhereItCameFromButNotShowingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pepper.load(Map.of(Pepper.VARIABLE, "short1"), dir))
                .withMessage("The PIN pepper from $LANA_PIN_PEPPER is 6 bytes: it needs at least 16");
    }

    @Test
    void aPepperNeverShowsItsSecret() {
        assertThat(Pepper.load(Map.of(Pepper.VARIABLE, SECRET), dir)).hasToString("Pepper[from $LANA_PIN_PEPPER]");
    }
}
