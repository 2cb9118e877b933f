package org.sourcelight.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layers point down: ui → store/importer/report/cli → analysis → text/model. The core (model, text, analysis)
 * knows nothing of JavaFX or SQL, so it can be tested, benchmarked and reused on its own.
 * Modelled on JabRef's CommonArchitectureTest.
 */
@AnalyzeClasses(packages = "org.sourcelight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.sourcelight.model..", "org.sourcelight.text..", "org.sourcelight.analysis.."};

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule coreHasNoSql = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule modelAndTextDoNotKnowAnalysis = noClasses()
            .that().resideInAnyPackage("org.sourcelight.model..", "org.sourcelight.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sourcelight.analysis..", "org.sourcelight.store..",
                    "org.sourcelight.importer..", "org.sourcelight.report..", "org.sourcelight.cli..", "org.sourcelight.ui..");

    @ArchTest
    static final ArchRule analysisDoesNotKnowTheLayersAbove = noClasses().that().resideInAPackage("org.sourcelight.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sourcelight.store..", "org.sourcelight.importer..",
                    "org.sourcelight.report..", "org.sourcelight.cli..", "org.sourcelight.ui..");

    @ArchTest
    static final ArchRule onlyUiKnowsJavaFx = noClasses().that().resideInAnyPackage("org.sourcelight.store..",
                    "org.sourcelight.importer..", "org.sourcelight.report..", "org.sourcelight.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule lowerLayersDoNotKnowUi = noClasses().that().resideOutsideOfPackage("org.sourcelight.ui..")
            .and().doNotHaveFullyQualifiedName("org.sourcelight.Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.sourcelight.ui..");
}
