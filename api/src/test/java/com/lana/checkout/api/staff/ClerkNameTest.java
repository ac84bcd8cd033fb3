package com.lana.checkout.api.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClerkNameTest {

    @Test
    void aNameIsTrimmedAndKeepsItsCaseForDisplay() {
        assertThat(ClerkName.of("  Ann Smith ")).hasToString("Ann Smith");
    }

    @Test
    void namesDifferingOnlyInCaseAreEqualAndShareAKey() {
        ClerkName ann = ClerkName.of("Ann Smith");
        ClerkName shouted = ClerkName.of("ANN SMITH");

        assertThat(shouted).isEqualTo(ann).hasSameHashCodeAs(ann);
        assertThat(shouted.key()).isEqualTo(ann.key()).isEqualTo("ann smith");
    }

    @Test
    void fortyCharactersAreAName() {
        assertThat(ClerkName.of("é".repeat(40)).display()).hasSize(40);
    }

    @Test
    void fortyOneCharactersAreRefusedSayingHowMany() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClerkName.of("A".repeat(41)))
                .withMessageStartingWith("A clerk's name is 1-40 characters, '").withMessageEndingWith("' has 41");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClerkName.of("   "))
                .withMessage("A clerk's name is 1-40 characters, was empty");
    }

    @Test
    void controlCharactersAreRefusedAndShownEscaped() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClerkName.of("Ann\nSmith"))
                .withMessage("A clerk's name has no control characters, 'Ann\\u000aSmith' has");
    }
}
