package org.sourcelight.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layers point down: ui → library/classroom/report/cli → store/importer → analysis → text/model, with the
 * launchers ({@code Launcher}, {@code FastStart}, package {@code org.sourcelight}) on top. No cycles between the
 * top-level packages. See docs/architecture.md. The core (model, text, analysis)
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

    private static final String ROOT = "org.sourcelight";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy(ROOT)
            .layer("UI").definedBy("org.sourcelight.ui..")
            .layer("CLI").definedBy("org.sourcelight.cli..")
            .layer("Classroom").definedBy("org.sourcelight.classroom..")
            .layer("Report").definedBy("org.sourcelight.report..")
            .layer("Library").definedBy("org.sourcelight.library..")
            .layer("Store").definedBy("org.sourcelight.store..")
            .layer("Importer").definedBy("org.sourcelight.importer..")
            .layer("Analysis").definedBy("org.sourcelight.analysis..")
            .layer("Text").definedBy("org.sourcelight.text..")
            .layer("Model").definedBy("org.sourcelight.model..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Classroom").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Report")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Classroom")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Classroom", "Report")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Classroom", "Report", "Library")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Classroom", "Report", "Library")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Classroom", "Report", "Library",
                    "Store", "Importer")
            .whereLayer("Analysis").mayOnlyAccessLayers("Text", "Model")
            .whereLayer("Text").mayOnlyAccessLayers("Model")
            .whereLayer("Model").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule onlyStoreRunsSql = noClasses().that().resideOutsideOfPackage("org.sourcelight.store..")
            .and().resideOutsideOfPackage("org.sourcelight.cli.bench..") // benchmarks seed synthetic libraries in bulk
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("SQL lives in store's repositories; other layers call them");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.sourcelight.(*)..").should().beFreeOfCycles();

    // ---- inside ui (issue 11, ui part) ----------------------------------------------------------------------------

    /** A class named ...ViewModel, and the classes nested in it. */
    private static final String VIEW_MODEL = ".*ViewModel(\\$.*)?";

    /** A ViewModel holds state and talks to services; it builds no controls, so it can be tested without a window. */
    @ArchTest
    static final ArchRule viewModelsBuildNoControls = noClasses().that().resideInAPackage("org.sourcelight.ui..")
            .and().haveNameMatching(VIEW_MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..");

    /**
     * A ViewModel talks to the services of the layer below the UI ({@code library}, {@code classroom}), never to the
     * store: the repositories, their rows and their exceptions stay behind those services (JabRef's injected
     * ViewModels are the model), so the store can change without touching a panel.
     */
    @ArchTest
    static final ArchRule viewModelsDoNotKnowTheStore = noClasses().that().resideInAPackage("org.sourcelight.ui..")
            .and().haveNameMatching(VIEW_MODEL)
            .should().dependOnClassesThat().resideInAPackage("org.sourcelight.store..");

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
