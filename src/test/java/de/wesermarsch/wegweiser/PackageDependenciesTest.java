package de.wesermarsch.wegweiser;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Data flows one way (HTTP, handler, front door, search, snapshot, content): no package reaches back into one that
 * depends on it. Read from the compiled classes, so a fully qualified name in the code counts like an import.
 */
class PackageDependenciesTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("de.wesermarsch.wegweiser");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("de.wesermarsch.wegweiser.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
