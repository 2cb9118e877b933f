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

    // ---- inside ui (issue 11, ui part) ----------------------------------------------------------------------------

    /** A ViewModel holds state and talks to services; it builds no controls, so it can be tested without a window. */
    @ArchTest
    static final ArchRule viewModelsBuildNoControls = noClasses().that().resideInAPackage("org.sourcelight.ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..");

    /**
     * Panels and windows get their services through their ViewModel's constructor, never the database itself; only the
     * composition root (SourcelightApp, and Startup, which opens the library) holds it.
     */
    @ArchTest
    static final ArchRule noViewSeesTheDatabase = noClasses().that().resideInAPackage("org.sourcelight.ui..")
            .and().doNotHaveFullyQualifiedName("org.sourcelight.ui.SourcelightApp")
            .and().doNotHaveFullyQualifiedName("org.sourcelight.ui.Startup")
            .and().doNotHaveFullyQualifiedName("org.sourcelight.ui.Startup$Services")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.sourcelight.store.Database");

    /** The reader, the panels, the classroom windows and the shared article view form no cycle. */
    @ArchTest
    static final ArchRule noCyclesInsideUi = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("org.sourcelight.ui.(*)..").should().beFreeOfCycles();
}
