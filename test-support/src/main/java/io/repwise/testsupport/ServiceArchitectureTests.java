package io.repwise.testsupport;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules of docs/ARCHITECTURE.md, checked with ArchUnit on a service's compiled main
 * code: feature packages without cycles, package-private controllers that return no entity,
 * domain logic in plain Java, and no service depending on another's code. Each service's
 * {@code ArchitectureTests} extends this, naming itself and its domain logic. One instance per
 * class, so that the service's classes are imported once for all the rules, not once per rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTests {

	private static final List<String> SERVICES = List.of("gateway", "user", "workout", "ai", "notification");

	private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

	private static final String CONTROLLER = "org.springframework.stereotype.Controller";

	private static final String ENTITY = "jakarta.persistence.Entity";

	private final String service;

	private final String[] domainLogic;

	private final JavaClasses classes;

	/**
	 * @param service the service's package under {@code io.repwise} ({@code ai}, {@code workout} …)
	 * @param domainLogic its plain-Java domain logic: packages ({@code io.repwise.ai.training..})
	 * or classes; a name that matches nothing fails, so that a rename cannot slip out of the rule
	 */
	protected ServiceArchitectureTests(String service, String... domainLogic) {
		if (!SERVICES.contains(service)) {
			throw new IllegalArgumentException(service + " is none of " + SERVICES);
		}
		this.service = service;
		this.domainLogic = domainLogic;
		this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.repwise." + service);
	}

	/** Feature packages ({@code io.repwise.<service>.<feature>}) do not depend on each other in a circle. */
	@Test
	void featurePackagesFormNoCycles() {
		slices().matching("io.repwise." + this.service + ".(*)..")
			.namingSlices("feature $1")
			.should()
			.beFreeOfCycles()
			.check(this.classes);
	}

	/** Controllers are package-private, like the rest of a feature's web layer. */
	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(REST_CONTROLLER)
			.or()
			.areAnnotatedWith(CONTROLLER)
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.check(this.classes);
	}

	/** No controller method returns a JPA entity, bare or inside a generic type such as a list. */
	@Test
	void controllersReturnNoEntity() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(REST_CONTROLLER)
			.should(returnNoEntity())
			.allowEmptyShould(true)
			.check(this.classes);
	}

	/** Nothing in this service uses another service's code: they talk over HTTP only. */
	@Test
	void noOtherServiceIsUsed() {
		String[] others = SERVICES.stream()
			.filter((other) -> !other.equals(this.service))
			.map((other) -> "io.repwise." + other + "..")
			.toArray(String[]::new);
		noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(this.classes);
	}

	/** The domain logic the service names uses neither Spring nor JPA nor Hibernate. */
	@Test
	void domainLogicIsPlainJava() {
		String[] packagesAndClasses = this.domainLogic;
		for (String name : packagesAndClasses) {
			if (this.classes.stream().noneMatch(namedIn(name))) {
				throw new AssertionError("No class or package " + name + " in io.repwise." + this.service);
			}
		}
		noClasses().that(namedIn(packagesAndClasses))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.check(this.classes);
	}

	private static DescribedPredicate<JavaClass> namedIn(String... packagesAndClasses) {
		return DescribedPredicate.describe("are in " + Arrays.toString(packagesAndClasses), (javaClass) -> Arrays
			.stream(packagesAndClasses)
			.anyMatch((name) -> name.endsWith("..")
					? (javaClass.getPackageName() + ".").startsWith(name.substring(0, name.length() - 1))
					: javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$")));
	}

	private static ArchCondition<JavaMethod> returnNoEntity() {
		return new ArchCondition<>("return no JPA entity") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				method.getReturnType()
					.getAllInvolvedRawTypes()
					.stream()
					.filter((type) -> type.isAnnotatedWith(ENTITY))
					.forEach((entity) -> events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " returns the entity " + entity.getName())));
			}
		};
	}

}
