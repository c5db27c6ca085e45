package jp.bansou;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the feature modules' boundaries: no cycles, no reach into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BansouApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }
}
