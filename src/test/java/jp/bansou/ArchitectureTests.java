package jp.bansou;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Conventions Modulith does not check: where controllers live, what domain records may import. */
@AnalyzeClasses(packages = "jp.bansou", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final DescribedPredicate<JavaClass> RECORDS =
            DescribedPredicate.describe("records", JavaClass::isRecord);

    @ArchTest
    static final ArchRule controllersArePackagePrivateInWeb = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule domainRecordsUseNoWebThymeleafOrPoiTypes = noClasses()
            .that().resideInAnyPackage("jp.bansou.shared", "jp.bansou.plan", "jp.bansou.membership",
                    "jp.bansou.organization", "jp.bansou.progress")
            .and(RECORDS)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.thymeleaf..", "org.apache.poi..");

    @ArchTest
    static final ArchRule poiAndCsvOnlyInImportAndReportCode = noClasses()
            .that().resideOutsideOfPackages("jp.bansou.activity.imports..", "jp.bansou.report..",
                    "jp.bansou.budget.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule organizationInternalsStayInside = noClasses()
            .that().resideOutsideOfPackage("jp.bansou.organization..")
            .should().dependOnClassesThat().resideInAPackage("jp.bansou.organization.internal..");

    @ArchTest
    static final ArchRule planInternalsStayInside = noClasses()
            .that().resideOutsideOfPackage("jp.bansou.plan..")
            .should().dependOnClassesThat().resideInAPackage("jp.bansou.plan.internal..");
}
