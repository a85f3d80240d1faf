package de.wesermarsch.wegweiser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The small real snapshot under {@code src/test/resources/fixture}: as a running service with a client bound to
 * it (extend this class), or as a copy to change in a test ({@link #copyTo}).
 */
@FixtureTest
public abstract class Fixture {

	public static final Path DIRECTORY = Path.of("src/test/resources/fixture");

	@Autowired
	protected ApplicationContext context;

	protected WebTestClient client;

	@BeforeEach
	void bindClient() {
		client = WebTestClient.bindToApplicationContext(context).build();
	}

	/** Copies the fixture's content and i18n directories into {@code target}. */
	public static void copyTo(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(DIRECTORY)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(DIRECTORY.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
	}

}
