package com.lana.checkout.client;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The till's packages and which may use which, written down once: a wrong import fails the build
 * with the broken rule's words. From the top: start-up opens the window, the window renders the
 * till's state and sends it the clerk's commands, the till's state talks to the server through the
 * link, and the link knows only the api. Refunds are a layer of their own under the till's state:
 * the window drafts them and the till's state sends the held ones again when the server is back,
 * while they know nothing of sales in progress and reach the server through the link. The clerks
 * signed in, and the till's shift, are a layer beside the till's state: the window shows them, and
 * they set the clerk's session on the link every call goes through. The counter's devices (receipt
 * printer, cash drawer, pole display) sit between the window and the till's state: they follow the
 * sales and refunds the till records, and the window offers their choices. What the customer is
 * shown of the sale, window or pole display alike, is worked out once, under both.
 *
 * <p>The window is itself split into rooms, one per job, each using only those below it: the
 * clerks' desk and the customer display over the sales window, the journal (F10) it opens, the
 * refund dialog the journal opens, the printer menu beside them, and, at the bottom, the parts they
 * all share.
 */
@AnalyzeClasses(packages = "com.lana.checkout.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {

    private static final String CLIENT = "com.lana.checkout.client";
    private static final String UI = CLIENT + ".ui";

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowIt = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("start-up").definedBy(CLIENT + ".app..")
            .layer("ui").definedBy(CLIENT + ".ui..")
            .layer("device").definedBy(CLIENT + ".device..")
            .layer("customer").definedBy(CLIENT + ".customer..")
            .layer("sale").definedBy(CLIENT + ".sale..")
            .layer("clerks").definedBy(CLIENT + ".clerks..")
            .layer("refund").definedBy(CLIENT + ".refund..")
            .layer("link").definedBy(CLIENT + ".link..")
            .whereLayer("start-up").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("start-up")
            .whereLayer("device").mayOnlyBeAccessedByLayers("start-up", "ui")
            .whereLayer("customer").mayOnlyBeAccessedByLayers("start-up", "ui", "device")
            .whereLayer("sale").mayOnlyBeAccessedByLayers("start-up", "ui", "device", "customer")
            .whereLayer("clerks").mayOnlyBeAccessedByLayers("start-up", "ui")
            .whereLayer("refund").mayOnlyBeAccessedByLayers("start-up", "ui", "sale", "device")
            .whereLayer("link").mayOnlyBeAccessedByLayers("start-up", "ui", "sale", "refund", "clerks");

    @ArchTest
    static final ArchRule eachRoomOfTheWindowUsesOnlyTheRoomsBelowIt = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("start-up").definedBy(CLIENT + ".app..")
            .layer("clerks' desk").definedBy(UI + ".clerks..")
            .layer("customer display").definedBy(UI + ".display..")
            .layer("sales window").definedBy(UI)
            .layer("journal").definedBy(UI + ".journal..")
            .layer("refund dialog").definedBy(UI + ".refund..")
            .layer("printer menu").definedBy(UI + ".device..")
            .layer("shared parts").definedBy(UI + ".parts..")
            .whereLayer("clerks' desk").mayOnlyBeAccessedByLayers("start-up")
            .whereLayer("customer display").mayOnlyBeAccessedByLayers("start-up")
            .whereLayer("printer menu").mayOnlyBeAccessedByLayers("start-up")
            .whereLayer("sales window").mayOnlyBeAccessedByLayers("start-up", "clerks' desk", "customer display",
                    "printer menu")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("sales window")
            .whereLayer("refund dialog").mayOnlyBeAccessedByLayers("journal")
            .whereLayer("shared parts").mayOnlyBeAccessedByLayers("clerks' desk", "customer display", "sales window",
                    "journal", "refund dialog", "printer menu");

    @ArchTest
    static final ArchRule everyClassOfTheWindowHasARoom = classes()
            .that().resideInAPackage(UI + "..")
            .should().resideInAnyPackage(UI, UI + ".clerks..", UI + ".display..", UI + ".journal..", UI + ".refund..",
                    UI + ".parts..", UI + ".device..")
            .because("a new room of the window takes its place in the rule above");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching(CLIENT + ".(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theTillsStateRefundsAndLinkKnowNoSwing = noClasses()
            .that().resideInAnyPackage(CLIENT + ".sale..", CLIENT + ".refund..", CLIENT + ".clerks..", CLIENT + ".link..",
                    CLIENT + ".device..", CLIENT + ".customer..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("the till's state, its refunds, its clerks, its devices and its connection are tested without a display; "
                    + "the ui renders them");

    @ArchTest
    static final ArchRule theTillKnowsNoServerPackage = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.lana.checkout.server..")
            .because("the till compiles against the api only; the local server is found at run time");
}
