package com.lana.checkout.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's packages and which may use which, written down once: a wrong import fails the
 * build with the broken rule's words. From the top: the command line starts the RMI server, which
 * exports the metered service and opens the store a URL names (or, to import or export a catalog or
 * manage clerks, opens that store itself); the service prices what the stores answer and adds up
 * shifts; pricing and the shift arithmetic know nothing of them. Security (PINs, sign-in) sits
 * between the service and the store seams.
 */
@AnalyzeClasses(packages = "com.lana.checkout.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

    private static final String SERVER = "com.lana.checkout.server";

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowIt = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("command line").definedBy(SERVER + ".cli..")
            .layer("rmi").definedBy(SERVER + ".rmi..")
            .layer("metrics").definedBy(SERVER + ".metrics..")
            .layer("service").definedBy(SERVER + ".service..")
            .layer("receipt").definedBy(SERVER + ".receipt..")
            .layer("security").definedBy(SERVER + ".security..")
            .layer("store kinds").definedBy(SERVER + ".store.kinds..")
            .layer("memory store").definedBy(SERVER + ".store.memory..")
            .layer("jdbc store").definedBy(SERVER + ".store.jdbc..")
            .layer("store seams").definedBy(SERVER + ".store")
            .layer("pricing").definedBy(SERVER + ".pricing..")
            .layer("shift").definedBy(SERVER + ".shift..")
            .layer("catalog").definedBy(SERVER + ".catalog..")
            .whereLayer("command line").mayNotBeAccessedByAnyLayer()
            .whereLayer("rmi").mayOnlyBeAccessedByLayers("command line")
            .whereLayer("metrics").mayOnlyBeAccessedByLayers("command line", "rmi")
            .whereLayer("service").mayOnlyBeAccessedByLayers("rmi")
            .whereLayer("receipt").mayOnlyBeAccessedByLayers("service")
            .whereLayer("security").mayOnlyBeAccessedByLayers("command line", "rmi", "service")
            .whereLayer("store kinds").mayOnlyBeAccessedByLayers("command line", "rmi")
            .whereLayer("memory store").mayOnlyBeAccessedByLayers("store kinds")
            .whereLayer("jdbc store").mayOnlyBeAccessedByLayers("store kinds")
            .whereLayer("store seams").mayOnlyBeAccessedByLayers(
                    "command line", "rmi", "metrics", "service", "security", "store kinds", "memory store", "jdbc store")
            .whereLayer("pricing").mayOnlyBeAccessedByLayers(   // metrics: the measured store passes BasketLines on
                    "command line", "metrics", "service", "store seams", "memory store", "jdbc store")
            .whereLayer("shift").mayOnlyBeAccessedByLayers("command line", "service")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers(
                    "command line", "rmi", "service", "store seams", "memory store", "jdbc store", "pricing");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching(SERVER + ".(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pricingKnowsNothingOfStorageOrTheWire = noClasses()
            .that().resideInAnyPackage(SERVER + ".pricing..", SERVER + ".catalog..", SERVER + ".shift..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    SERVER + ".store..", "java.sql..", "javax.sql..", "java.rmi..")
            .because("pricing is a pure function of the price list and a basket's lines, "
                    + "a shift's report one of the sales, refunds and cash movements it is given, "
                    + "and a catalog is data read from files, whatever store keeps its versions");

    @ArchTest
    static final ArchRule securityKnowsNothingOfTheWireOrTheCommandLine = noClasses()
            .that().resideInAPackage(SERVER + ".security..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    SERVER + ".rmi..", SERVER + ".cli..", SERVER + ".metrics..", "java.rmi..", "picocli..")
            .because("checking a PIN is the same whether a till, JShell or the shell asks");

    @ArchTest
    static final ArchRule onlyTheStoreKindsKnowTheStoreImplementations = noClasses()
            .that().resideOutsideOfPackages(SERVER + ".store.kinds..", SERVER + ".store.memory..", SERVER + ".store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + ".store.memory..", SERVER + ".store.jdbc..")
            .because("the service, pricing and the rest see a store through its seams only");
}
