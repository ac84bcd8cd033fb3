package com.lana.checkout.api.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            clerk,   CLERK
            Clerk,   CLERK
            MANAGER, MANAGER
            ' manager ', MANAGER
            """)
    void aRoleIsReadInAnyCase(String typed, Role role) {
        assertThat(Role.parse(typed)).isEqualTo(role);
    }

    @Test
    void aRoleShowsAsItIsTyped() {
        assertThat(Role.MANAGER).hasToString("manager");
    }

    @Test
    void anythingElseIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Role.parse("boss"))
                .withMessage("A role is clerk or manager, was 'boss'");
    }
}
