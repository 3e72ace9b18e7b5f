package org.csh.reconciler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Production code stands on its own: nothing under {@code src/main} uses a test fixture. Maven compiles it without
 * the tests, but an IDE does not, and a fixture reached by reflection or a shared class name would slip through.
 */
@AnalyzeClasses(packages = "org.csh.reconciler")
class ProductionCodeTest {

    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
            javaClass -> javaClass.getSource().map(source -> source.getUri().toString().contains("/test-classes/"))
                    .orElse(false));

    @ArchTest
    static final ArchRule productionCodeUsesNoTestCode = noClasses().that(DescribedPredicate.not(TEST_CODE))
            .should().dependOnClassesThat(TEST_CODE)
            .because("the demo and the job run from the jar, where no test class is");
}
