package de.wesermarsch.wegweiser.integreat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A region's real Integreat pages imported once into a temporary content directory, for a running service. */
final class ImportedRegion {

	private ImportedRegion() {
	}

	static void serve(String region, DynamicPropertyRegistry registry) throws IOException {
		Path target = Files.createTempDirectory("integreat-" + region).resolve("content");
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		int code = new IntegreatCommand(quiet, System.err, Clock.systemUTC())
			.execute(new String[] { "import-integreat", IntegreatCommandTest.PAGES.resolve(region).toString(), target.toString() });
		if (code != 0) {
			throw new IllegalStateException("import of " + region + " failed with " + code);
		}
		registry.add("wegweiser.content-directory", target::toString);
		registry.add("wegweiser.i18n-directory", () -> "i18n");
		registry.add("wegweiser.watch", () -> "false");
		// its own copy of the last good content: another county's, not the fixture's kept by other tests
		registry.add("wegweiser.reload.state-directory", () -> target.resolveSibling("state").toString());
		registry.add("wegweiser.rate-limit.enabled", () -> "false");
	}

}
