package org.csh.reconciler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the rules plain Java and the client libraries behind their adapters. */
@AnalyzeClasses(packages = "org.csh.reconciler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] RULE_PACKAGES = {
        "org.csh.reconciler.reconcile..", "org.csh.reconciler.estimate..", "org.csh.reconciler.contract..",
        "org.csh.reconciler.balance..", "org.csh.reconciler.hours.."};

    @ArchTest
    static final ArchRule rulesKnowNoFrameworkHttpOrJdbc = noClasses().that().resideInAnyPackage(RULE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.net.http..", "java.sql..", "javax.sql..", "jakarta..",
                    "org.kohsuke..", "com.asana..", "com.google.api..", "com.github.tomakehurst..", "org.apache.poi..")
            .because("the rules are plain Java: records in, records out (DEVELOPERS.md)");

    @ArchTest
    static final ArchRule githubLibraryStaysInTheGitHubAdapter = noClasses().that()
            .resideOutsideOfPackage("org.csh.reconciler.github..")
            .should().dependOnClassesThat().resideInAPackage("org.kohsuke..")
            .because("no GHIssue leaks past the GitHub adapter");

    @ArchTest
    static final ArchRule asanaLibraryStaysInTheAsanaAdapter = noClasses().that()
            .resideOutsideOfPackage("org.csh.reconciler.asana..")
            .should().dependOnClassesThat().resideInAPackage("com.asana..")
            .because("no Asana model leaks past the Asana adapter");

    @ArchTest
    static final ArchRule poiStaysInTheReport = noClasses().that()
            .resideOutsideOfPackage("org.csh.reconciler.report..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule wireMockOnlyServesTheDemo = noClasses().that()
            .resideOutsideOfPackage("org.csh.reconciler.demo..")
            .should().dependOnClassesThat().resideInAPackage("com.github.tomakehurst..")
            .because("production code never depends on the stub server");

    @ArchTest
    static final ArchRule rulesDoNotReachIntoTheJob = noClasses().that().resideInAnyPackage(RULE_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("org.csh.reconciler.job..", "org.csh.reconciler.report..",
                    "org.csh.reconciler.notify..", "org.csh.reconciler.demo..", "org.csh.reconciler.cli..",
                    "org.csh.reconciler.settings..");

    @ArchTest
    static final ArchRule theCommandLineKnowsTheJobOnlyThroughItsLauncher = noClasses().that()
            .resideInAPackage("org.csh.reconciler.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csh.reconciler.job..", "org.csh.reconciler.demo..")
            .because("the job depends on the command line (it implements cli.RunLauncher), not the other way: the"
                    + " arguments, the start-up checks and the exit statuses are read without the job's wiring");

    @ArchTest
    static final ArchRule theSettingsKnowNoCaller = noClasses().that().resideInAPackage("org.csh.reconciler.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csh.reconciler.job..", "org.csh.reconciler.cli..",
                    "org.csh.reconciler.demo..")
            .because("the properties are read by the command line's checks and the job's steps alike");

    @ArchTest
    static final ArchRule newsForBdIsPlainJava = noClasses().that().resideInAPackage("org.csh.reconciler.notify..")
            .and().doNotHaveSimpleName("MailNotifier").and().doNotHaveSimpleName("JdbcSentStatuses")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "org.csh.reconciler.job..")
            .because("what is news for BD, and its words, are rules tested without a mail server or database");

    @ArchTest
    static final ArchRule writeBackIsDecidedInPlainJava = noClasses().that()
            .resideInAPackage("org.csh.reconciler.writeback..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.net.http..", "java.sql..", "javax.sql..", "com.asana..",
                    "com.google..", "org.csh.reconciler.job..", "org.csh.reconciler.report..",
                    "org.csh.reconciler.notify..", "org.csh.reconciler.demo..")
            .because("what the write-back changes is a rule tested without Asana; it writes only through"
                    + " asana.AsanaFieldWriter");

    @ArchTest
    static final ArchRule theStoreKnowsNothingOfTheJob = noClasses().that().resideInAPackage("org.csh.reconciler.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.csh.reconciler.job..",
                    "org.csh.reconciler.report..", "org.csh.reconciler.notify..", "org.csh.reconciler.demo..")
            .because("the job database (step data, last snapshots, history, schema) is read by the job, the report and"
                    + " --balance alike, and depends on none of them");
}
