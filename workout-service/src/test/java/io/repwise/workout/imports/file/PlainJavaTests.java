package io.repwise.workout.imports.file;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import io.repwise.common.request.UnitSystem;
import io.repwise.training.WeightUnit;
import io.repwise.workout.session.SetType;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The reader is plain Java, so it can be tested and reused without a context: it uses the JDK
 * and the three shared types it reads into, nothing else (no Spring, JPA or Jackson).
 */
class PlainJavaTests {

	@Test
	void theReaderUsesOnlyTheJdkAndTheSharedUnitAndSetTypes() {
		JavaClasses reader = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.repwise.workout.imports.file");

		classes().should()
			.onlyDependOnClassesThat(resideInAnyPackage("java..", "io.repwise.workout.imports.file..")
				.or(belongToAnyOf(UnitSystem.class, WeightUnit.class, SetType.class)))
			.check(reader);
	}

}
