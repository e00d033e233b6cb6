package org.localkg.bench.virtuoso;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VirtuosoInstallTest {
    @Test
    void aptGetInstallsDebiansPackageWithoutQuestionsOrExtras() {
        assertEquals(List.of("apt-get", "install", "-y", "--no-install-recommends", "virtuoso-opensource"),
                VirtuosoInstall.installCommand());
        assertEquals(List.of("apt-get", "update"), VirtuosoInstall.updateCommand());
    }
}
