package org.khabar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data flows one way: article → text → lexicon → extract → graph → sinks (neo4j, rdf) → cli. */
class ArchitectureTest {
    private static JavaClasses khabar;

    @BeforeAll
    static void importClasses() {
        khabar = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.khabar");
    }

    @Test
    void graphModelKnowsNothingOfSinksOrExtraction() {
        noClasses().that().resideInAPackage("org.khabar.graph..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.khabar.neo4j..", "org.khabar.rdf..", "org.khabar.server..", "org.khabar.cli..",
                        "org.khabar.extract..", "org.neo4j..", "org.apache.jena..")
                .check(khabar);
    }

    @Test
    void textLayerDependsOnlyOnTheJdkAndLucene() {
        classes().that().resideInAPackage("org.khabar.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.khabar.text..", "java..", "org.apache.lucene..")
                .check(khabar);
    }

    @Test
    void extractionIsAPureFunctionOfArticleAndLexicons() {
        noClasses().that().resideInAnyPackage("org.khabar.extract..", "org.khabar.lexicon..", "org.khabar.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.khabar.neo4j..", "org.khabar.rdf..", "org.khabar.server..", "org.khabar.cli..",
                        "org.neo4j..", "org.apache.jena..")
                .check(khabar);
    }

    @Test
    void articleReadingKnowsNothingDownstream() {
        noClasses().that().resideInAPackage("org.khabar.article..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.khabar.extract..", "org.khabar.graph..", "org.khabar.neo4j..", "org.khabar.rdf..",
                        "org.khabar.server..", "org.khabar.cli..")
                .check(khabar);
    }

    @Test
    void sinksDoNotDependOnEachOtherOrTheCli() {
        noClasses().that().resideInAPackage("org.khabar.neo4j..")
                .should().dependOnClassesThat().resideInAnyPackage("org.khabar.rdf..", "org.khabar.cli..")
                .check(khabar);
        noClasses().that().resideInAPackage("org.khabar.rdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.khabar.cli..")
                .check(khabar);
    }
}
