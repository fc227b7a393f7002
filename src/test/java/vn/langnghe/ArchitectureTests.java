package vn.langnghe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.langnghe", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The engine can be swapped (Camunda 7 CE ends at 7.24; Operaton is a fork) by touching one module. */
    @ArchTest
    static final ArchRule onlyTheWorkflowModuleUsesTheProcessEngine = noClasses()
            .that().resideOutsideOfPackage("vn.langnghe.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule domainCodeDoesNotDependOnScreens = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");
}
